import type { BeneficiaryProfile, SupportTopic, VolunteerProfile } from '../profiles';
import type { SeededRandom } from '../seeded-random';

/** Profile builders for the tests: neutral defaults, overridden field by field. */

export function makeBeneficiary(overrides: Partial<BeneficiaryProfile> & { id: string }): BeneficiaryProfile {
  return {
    territoryId: 't1',
    promotionId: 'p1',
    sector: 'logistics',
    trade: 'N1103',
    frenchLevel: 'B1',
    languages: [{ code: 'ar', level: 'native' }],
    town: { lat: 48.11, lon: -1.68 },
    availability: ['mon-am', 'tue-pm'],
    needs: ['CV', 'NETWORK'],
    ...overrides,
  };
}

export function makeVolunteer(overrides: Partial<VolunteerProfile> & { id: string }): VolunteerProfile {
  return {
    territoryId: 't1',
    promotionId: 'p1',
    companyId: `company-of-${overrides.id}`,
    sector: 'logistics',
    trade: 'N1103',
    languages: [{ code: 'en', level: 'fluent' }],
    workplace: { lat: 48.11, lon: -1.68 },
    availability: ['mon-am', 'tue-pm'],
    strengths: ['CV', 'NETWORK'],
    capacity: 1,
    trained: true,
    minFrenchLevel: 'A2',
    ...overrides,
  };
}

const TRADES = ['N1103', 'N1105', 'M1607', 'M1805', 'F1703'];
const SECTORS: Record<string, string> = { N: 'logistics', M: 'services', F: 'construction' };
const SLOTS = ['mon-am', 'mon-pm', 'tue-am', 'tue-pm', 'wed-am'];
const TOPICS: SupportTopic[] = ['CV', 'LINKEDIN', 'PITCH', 'NETWORK', 'INTERVIEW'];

export interface RandomCohortOptions {
  /** Probability that a volunteer is in another promotion, untrained, or in conflict. */
  readonly forbiddenRate?: number;
  readonly maxCapacity?: number;
  /** Few distinct profiles, so many pairs tie. */
  readonly coarse?: boolean;
}

export function randomCohort(
  rng: SeededRandom,
  beneficiaryCount: number,
  volunteerCount: number,
  options: RandomCohortOptions = {},
): { beneficiaries: BeneficiaryProfile[]; volunteers: VolunteerProfile[] } {
  const forbiddenRate = options.forbiddenRate ?? 0.15;
  const maxCapacity = options.maxCapacity ?? 1;
  const trades = options.coarse ? TRADES.slice(0, 2) : TRADES;
  const near = (): { lat: number; lon: number } =>
    options.coarse ? { lat: 48.1, lon: -1.7 } : { lat: 48.1 + rng.next() * 0.3, lon: -1.7 + rng.next() * 0.3 };
  const volunteers: VolunteerProfile[] = [];
  for (let i = 0; i < volunteerCount; i++) {
    const trade = rng.pick(trades);
    const roll = rng.next();
    volunteers.push(
      makeVolunteer({
        id: `v${i}`,
        companyId: `c${i % 3}`,
        trade,
        sector: SECTORS[trade[0]],
        workplace: near(),
        availability: rng.sample(SLOTS, rng.int(1, 3)),
        strengths: rng.sample(TOPICS, rng.int(1, 3)),
        capacity: rng.int(1, maxCapacity),
        trained: !(roll < forbiddenRate / 3),
        promotionId: roll >= forbiddenRate / 3 && roll < (2 * forbiddenRate) / 3 ? 'p2' : 'p1',
        minFrenchLevel: rng.pick(['A2', 'B1', 'B2'] as const),
      }),
    );
  }
  const beneficiaries: BeneficiaryProfile[] = [];
  for (let i = 0; i < beneficiaryCount; i++) {
    const trade = rng.pick(trades);
    beneficiaries.push(
      makeBeneficiary({
        id: `b${i}`,
        trade,
        sector: SECTORS[trade[0]],
        town: near(),
        frenchLevel: rng.pick(['A2', 'B1', 'B2'] as const),
        availability: rng.sample(SLOTS, rng.int(1, 3)),
        needs: rng.sample(TOPICS, rng.int(1, 3)),
        conflicts: rng.next() < forbiddenRate ? [`c${rng.int(0, 2)}`] : [],
      }),
    );
  }
  return { beneficiaries, volunteers };
}
