// Demo data for two territories, through recruitment's public API (the path real applications
// take, so events flow to impact). Idempotent: an application already there answers 409.
// Usage: tsx tools/scripts/seed.ts [recruitment base URL]
const base = process.argv[2] ?? 'http://127.0.0.1:3101';

const people = [
  ['rennes', 'Amina', 'Haidari', 'fa', 'B1', 'refugee', 'Finance', 'website'],
  ['rennes', 'Yonas', 'Tesfaye', 'ti', 'A2', 'subsidiary_protection', 'Logistics', 'partner_referral'],
  ['rennes', 'Lina', 'Haddad', 'ar', 'B2', 'refugee', 'Healthcare', 'partner_referral'],
  ['rennes', 'Oleksandr', 'Melnyk', 'uk', 'A2', 'subsidiary_protection', 'Construction', 'word_of_mouth'],
  ['paris', 'Mariam', 'Diallo', 'ff', 'B1', 'refugee', 'Retail', 'website'],
  ['paris', 'Samir', 'Noori', 'ps', 'B2', 'refugee', 'IT', 'partner_referral'],
  ['paris', 'Hawa', 'Keita', 'bm', 'A2', 'subsidiary_protection', 'Hospitality', 'other'],
] as const;

async function main() {
  let created = 0;
  let existing = 0;
  for (const [territoryId, firstName, lastName, language, frenchLevel, protectionStatus, sector, channel] of people) {
    const res = await fetch(`${base}/v1/applications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        territoryId,
        firstName,
        lastName,
        email: `${firstName}.${lastName}@demo.binome.test`.toLowerCase(),
        town: territoryId === 'rennes' ? 'Rennes' : 'Paris',
        protectionStatus,
        languages: [{ language, level: 'native' }],
        frenchLevel,
        experience: [{ trade: `${sector} worker`, sector, years: 4, country: 'AF' }],
        targetSector: sector,
        channel,
        ...(channel === 'partner_referral' ? { referringPartnerId: territoryId === 'rennes' ? 'cirefe' : 'france-travail' } : {}),
        consent: { dataProcessing: true, partnerSharing: channel === 'partner_referral', noticeVersion: '2026-01' },
      }),
    });
    if (res.status === 201) created++;
    else if (res.status === 409) existing++;
    else throw new Error(`seeding ${territoryId} failed: ${res.status} ${await res.text()}`);
  }
  console.log(`[seed] ${created} applications created, ${existing} already there (Rennes and Paris)`);
}

main().catch((e: Error) => {
  console.error(`[seed] ${e.message}`);
  process.exit(1);
});
