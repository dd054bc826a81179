import type { BeneficiaryProfile, CefrLevel, GeoPoint, SpokenLanguage, SupportTopic, VolunteerProfile } from '../src/profiles';
import { SeededRandom } from '../src/seeded-random';

/**
 * Synthetic pools shaped like a real promotion: a few sectors dominate, towns cluster around the
 * territory centre with a long tail, beneficiaries mostly speak Arabic, Dari/Pashto, Tigrinya…,
 * volunteers mostly English, some share a first language.
 */

const SECTORS = [
  { sector: 'logistics', trades: ['N1103', 'N1105', 'N4101', 'N1303'] },
  { sector: 'construction', trades: ['F1703', 'F1602', 'F1604', 'F1701'] },
  { sector: 'hospitality', trades: ['G1602', 'G1603', 'G1803', 'G1501'] },
  { sector: 'it', trades: ['M1805', 'M1801', 'M1802', 'M1810'] },
  { sector: 'care', trades: ['J1501', 'K1302', 'K1304', 'J1506'] },
  { sector: 'retail', trades: ['D1507', 'D1505', 'D1106', 'D1214'] },
  { sector: 'admin', trades: ['M1607', 'M1602', 'M1203', 'M1501'] },
  { sector: 'engineering', trades: ['H1206', 'H2502', 'H1402', 'H2913'] },
];
const BENEFICIARY_SECTOR_WEIGHTS = [18, 16, 14, 6, 12, 10, 6, 4];
const VOLUNTEER_SECTOR_WEIGHTS = [14, 8, 5, 20, 6, 10, 25, 12];
const FIRST_LANGUAGES = ['ar', 'prs', 'ps', 'ti', 'uk', 'ru', 'so', 'fa', 'ku', 'ta'];
const FIRST_LANGUAGE_WEIGHTS = [30, 15, 12, 10, 10, 6, 5, 5, 4, 3];
const SLOTS = ['mon', 'tue', 'wed', 'thu', 'fri'].flatMap((d) => [`${d}-am`, `${d}-pm`]);
const TOPICS: SupportTopic[] = ['CV', 'LINKEDIN', 'PITCH', 'PROFESSIONAL_CODES', 'FRENCH', 'DIGITAL', 'NETWORK', 'INTERVIEW'];
const CEFR: CefrLevel[] = ['A2', 'B1', 'B2', 'C1'];

export interface Pool {
  readonly beneficiaries: BeneficiaryProfile[];
  readonly volunteers: VolunteerProfile[];
}

function place(rng: SeededRandom, centre: GeoPoint): GeoPoint {
  // Most people within ~10 km of the centre, a tail out to the suburbs and nearby towns.
  const spreadKm = rng.next() < 0.8 ? 6 : 25;
  const dLat = (rng.normal() * spreadKm) / 111;
  const dLon = (rng.normal() * spreadKm) / (111 * Math.cos((centre.lat * Math.PI) / 180));
  return { lat: centre.lat + dLat, lon: centre.lon + dLon };
}

function trade(rng: SeededRandom, weights: readonly number[]): { sector: string; trade: string } {
  const s = rng.weighted(SECTORS, weights);
  return { sector: s.sector, trade: rng.pick(s.trades) };
}

interface PromotionSpec {
  readonly territoryId: string;
  readonly promotionId: string;
  readonly centre: GeoPoint;
  readonly beneficiaries: number;
  readonly volunteers: number;
}

/** Appends one promotion's volunteers and beneficiaries (ids numbered from the pool's current sizes). */
function addPromotion(rng: SeededRandom, spec: PromotionSpec, pool: Pool): void {
  const { territoryId, promotionId, centre } = spec;
  // About five volunteers per partner company and promotion.
  const companies = Array.from({ length: Math.max(3, Math.ceil(spec.volunteers / 5)) }, (_, i) => `c-${territoryId}-${i}`);
  for (let i = 0; i < spec.volunteers; i++) {
    const languages: SpokenLanguage[] = [{ code: 'en', level: rng.pick(['fluent', 'intermediate'] as const) }];
    if (rng.next() < 0.15) {
      languages.push({
        code: rng.weighted(FIRST_LANGUAGES, FIRST_LANGUAGE_WEIGHTS),
        level: rng.pick(['native', 'fluent', 'basic'] as const),
      });
    }
    pool.volunteers.push({
      id: `v-${pool.volunteers.length}`,
      territoryId,
      promotionId,
      companyId: rng.pick(companies),
      ...trade(rng, VOLUNTEER_SECTOR_WEIGHTS),
      languages,
      workplace: place(rng, centre),
      availability: rng.sample(SLOTS, rng.int(1, 4)),
      strengths: rng.sample(TOPICS, rng.int(2, 5)),
      capacity: 1,
      trained: rng.next() < 0.97,
      gender: rng.pick(['F', 'M'] as const),
      minFrenchLevel: rng.weighted(['A2', 'B1', 'B2'] as const, [5, 4, 1]),
    });
  }
  for (let i = 0; i < spec.beneficiaries; i++) {
    const conflicts: string[] = [];
    if (rng.next() < 0.05) conflicts.push(rng.pick(companies));
    pool.beneficiaries.push({
      id: `b-${pool.beneficiaries.length}`,
      territoryId,
      promotionId,
      ...trade(rng, BENEFICIARY_SECTOR_WEIGHTS),
      frenchLevel: rng.weighted(CEFR, [4, 4, 2, 1]),
      languages: [
        { code: rng.weighted(FIRST_LANGUAGES, FIRST_LANGUAGE_WEIGHTS), level: 'native' },
        ...(rng.next() < 0.4 ? [{ code: 'en', level: 'intermediate' as const }] : []),
      ],
      town: place(rng, centre),
      availability: rng.sample(SLOTS, rng.int(2, 6)),
      needs: rng.sample(TOPICS, rng.int(1, 4)),
      gender: rng.pick(['F', 'M'] as const),
      ...(rng.next() < 0.1 ? { genderPreference: 'F' as const } : {}),
      conflicts,
    });
  }
}

/**
 * One pool in which everyone may be paired with everyone: a single promotion of `size` (Rennes).
 * Past 25 it is not a situation the programme's rules produce; it is the dense worst case.
 */
export function generatePool(size: number, seed: number, volunteers = size): Pool {
  const pool: Pool = { beneficiaries: [], volunteers: [] };
  addPromotion(
    new SeededRandom(seed),
    { territoryId: 't-rennes', promotionId: 'p-2025-1', centre: { lat: 48.1173, lon: -1.6778 }, beneficiaries: size, volunteers },
    pool,
  );
  return pool;
}

/** The programme's target year (DOMAIN.md): 6 territories, 15 promotions, 375 pairs. */
const NATIONAL_YEAR: readonly { territoryId: string; centre: GeoPoint; promotions: number }[] = [
  { territoryId: 't-paris', centre: { lat: 48.8566, lon: 2.3522 }, promotions: 4 },
  { territoryId: 't-lyon', centre: { lat: 45.764, lon: 4.8357 }, promotions: 3 },
  { territoryId: 't-marseille', centre: { lat: 43.2965, lon: 5.3698 }, promotions: 2 },
  { territoryId: 't-lille', centre: { lat: 50.6292, lon: 3.0573 }, promotions: 2 },
  { territoryId: 't-rennes', centre: { lat: 48.1173, lon: -1.6778 }, promotions: 2 },
  { territoryId: 't-toulouse', centre: { lat: 43.6047, lon: 1.4442 }, promotions: 2 },
];

/**
 * A national year as one pool: every promotion of every territory, 25 beneficiaries and 25
 * volunteers each. The hard rule "same territory and promotion" makes its matrix block-diagonal
 * (up to the order of rows and columns), which is what a national run really looks like.
 */
export function generateNationalYear(seed: number, perPromotion = 25): Pool {
  const rng = new SeededRandom(seed);
  const pool: Pool = { beneficiaries: [], volunteers: [] };
  for (const territory of NATIONAL_YEAR) {
    for (let k = 0; k < territory.promotions; k++) {
      const promotionId = `p-${territory.territoryId.slice(2)}-2025-${k + 1}`;
      addPromotion(rng, { ...territory, promotionId, beneficiaries: perPromotion, volunteers: perPromotion }, pool);
    }
  }
  // Interleave the promotions, as a national export sorted by name or date would: the blocks are
  // not contiguous in the matrix.
  shuffle(rng, pool.beneficiaries);
  shuffle(rng, pool.volunteers);
  return pool;
}

function shuffle<T>(rng: SeededRandom, items: T[]): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [items[i], items[j]] = [items[j], items[i]];
  }
}
