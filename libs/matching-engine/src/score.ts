import { CEFR_LEVELS, type BeneficiaryProfile, type GeoPoint, type VolunteerProfile } from './profiles';

/**
 * Compatibility score of a beneficiary–volunteer pair.
 *
 * Each criterion yields a fraction in [0, 1]; its contribution is `round(weight × fraction ×
 * POINTS_PER_WEIGHT)`, an integer. Totals are therefore exact sums of integers, identical on every
 * run and machine, and safe to combine with the lexicographic weights of the assignment solver.
 */

export const CRITERIA = ['trade', 'languages', 'commute', 'availability', 'needs', 'preference'] as const;
export type Criterion = (typeof CRITERIA)[number];

/** Resolution of a contribution: one unit of weight is worth this many points. */
export const POINTS_PER_WEIGHT = 100;

export interface TradeProximityTable {
  readonly sameTrade: number;
  /** Same ROME family: same letter and first two digits, e.g. M16xx. */
  readonly sameFamily: number;
  readonly sameSector: number;
  readonly none: number;
}

export interface ScoringWeights {
  /** Relative importance of each criterion; non-negative integers (staff tune them per territory). */
  readonly criteria: Readonly<Record<Criterion, number>>;
  readonly tradeProximity: TradeProximityTable;
  /** Commute distance at which the commute criterion is worth half its weight. */
  readonly commuteHalfScoreKm: number;
  /** Shared weekly slots that fully satisfy the availability criterion. */
  readonly availabilityTargetSlots: number;
  /** Share of the language criterion given by French level (the rest: a shared first language). */
  readonly frenchShare: number;
}

export const DEFAULT_SCORING_WEIGHTS: ScoringWeights = {
  criteria: { trade: 30, languages: 20, commute: 15, availability: 15, needs: 15, preference: 5 },
  tradeProximity: { sameTrade: 1, sameFamily: 0.6, sameSector: 0.3, none: 0 },
  commuteHalfScoreKm: 10,
  availabilityTargetSlots: 2,
  frenchShare: 0.7,
};

export interface ScoringWeightsOverride {
  readonly criteria?: Partial<Record<Criterion, number>>;
  readonly tradeProximity?: Partial<TradeProximityTable>;
  readonly commuteHalfScoreKm?: number;
  readonly availabilityTargetSlots?: number;
  readonly frenchShare?: number;
}

export function resolveWeights(override: ScoringWeightsOverride = {}): ScoringWeights {
  const weights: ScoringWeights = {
    criteria: { ...DEFAULT_SCORING_WEIGHTS.criteria, ...override.criteria },
    tradeProximity: { ...DEFAULT_SCORING_WEIGHTS.tradeProximity, ...override.tradeProximity },
    commuteHalfScoreKm: override.commuteHalfScoreKm ?? DEFAULT_SCORING_WEIGHTS.commuteHalfScoreKm,
    availabilityTargetSlots: override.availabilityTargetSlots ?? DEFAULT_SCORING_WEIGHTS.availabilityTargetSlots,
    frenchShare: override.frenchShare ?? DEFAULT_SCORING_WEIGHTS.frenchShare,
  };
  for (const criterion of CRITERIA) {
    const w = weights.criteria[criterion];
    // Integer weights keep every contribution, and so every total, an exact integer.
    if (!Number.isInteger(w) || w < 0) throw new RangeError(`weight of ${criterion} must be a non-negative integer`);
  }
  for (const [key, value] of Object.entries(weights.tradeProximity)) {
    if (!(value >= 0 && value <= 1)) throw new RangeError(`trade proximity ${key} must be within [0, 1]`);
  }
  if (!(weights.commuteHalfScoreKm > 0)) throw new RangeError('commuteHalfScoreKm must be positive');
  if (!(weights.availabilityTargetSlots >= 1)) throw new RangeError('availabilityTargetSlots must be at least 1');
  if (!(weights.frenchShare >= 0 && weights.frenchShare <= 1)) throw new RangeError('frenchShare must be within [0, 1]');
  return weights;
}

export type TradeProximity = 'sameTrade' | 'sameFamily' | 'sameSector' | 'none';

export interface ScoreDetails {
  readonly tradeProximity: TradeProximity;
  readonly frenchMeetsMinimum: boolean;
  readonly sharedFirstLanguage: string | null;
  readonly distanceKm: number;
  readonly sharedSlots: readonly string[];
  readonly coveredNeeds: readonly string[];
  readonly preferenceMet: boolean | null;
}

export interface PairScore {
  readonly total: number;
  readonly contributions: Readonly<Record<Criterion, number>>;
  readonly details: ScoreDetails;
}

/** Highest total a pair can reach with these weights. */
export function maxScore(weights: ScoringWeights): number {
  let total = 0;
  for (const criterion of CRITERIA) total += weights.criteria[criterion] * POINTS_PER_WEIGHT;
  return total;
}

const EARTH_RADIUS_KM = 6371.0088;

const TO_RAD = Math.PI / 180;

export function haversineKm(a: GeoPoint, b: GeoPoint): number {
  return haversineParts(a.lat, a.lon, Math.cos(a.lat * TO_RAD), b.lat, b.lon, Math.cos(b.lat * TO_RAD));
}

/** The haversine distance with each point's cos(latitude) given: the same arithmetic, bit for bit. */
function haversineParts(latA: number, lonA: number, cosLatA: number, latB: number, lonB: number, cosLatB: number): number {
  const dLat = (latB - latA) * TO_RAD;
  const dLon = (lonB - lonA) * TO_RAD;
  const s = Math.sin(dLat / 2) ** 2 + cosLatA * cosLatB * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(s)));
}

export function romeFamily(trade: string): string {
  return trade.slice(0, 3).toUpperCase();
}

export function tradeProximity(b: BeneficiaryProfile, v: VolunteerProfile): TradeProximity {
  if (b.trade !== '' && b.trade.toUpperCase() === v.trade.toUpperCase()) return 'sameTrade';
  if (b.trade.length >= 3 && romeFamily(b.trade) === romeFamily(v.trade)) return 'sameFamily';
  if (b.sector !== '' && b.sector === v.sector) return 'sameSector';
  return 'none';
}

const SHARED_LANGUAGE_VALUE: Readonly<Record<string, number>> = {
  native: 1,
  fluent: 1,
  intermediate: 0.75,
  basic: 0.4,
};

function sharedLanguageValue(level: string): number {
  return SHARED_LANGUAGE_VALUE[level] ?? 0;
}

function frenchFitOf(gap: number): number {
  return gap <= 0 ? 1 : Math.max(0, 1 - gap / 3);
}

function cefrIndex(level: string): number {
  return CEFR_LEVELS.indexOf(level as (typeof CEFR_LEVELS)[number]);
}

function contribution(weight: number, fraction: number): number {
  return Math.round(weight * POINTS_PER_WEIGHT * Math.min(1, Math.max(0, fraction)));
}

export function scorePair(b: BeneficiaryProfile, v: VolunteerProfile, weights: ScoringWeights = DEFAULT_SCORING_WEIGHTS): PairScore {
  const w = weights.criteria;

  const proximity = tradeProximity(b, v);
  const trade = contribution(w.trade, weights.tradeProximity[proximity]);

  // French: full credit at or above the volunteer's minimum, one third less per CEFR step below.
  const gap = v.minFrenchLevel ? cefrIndex(v.minFrenchLevel) - cefrIndex(b.frenchLevel) : 0;
  const frenchFit = frenchFitOf(gap);
  // A shared first language other than French helps in the early meetings.
  let sharedFirstLanguage: string | null = null;
  let sharedValue = 0;
  for (const own of b.languages) {
    if (own.level !== 'native' || own.code === 'fr') continue;
    for (const theirs of v.languages) {
      if (theirs.code !== own.code) continue;
      const value = sharedLanguageValue(theirs.level);
      if (value > sharedValue) {
        sharedValue = value;
        sharedFirstLanguage = own.code;
      }
    }
  }
  const languages = contribution(w.languages, weights.frenchShare * frenchFit + (1 - weights.frenchShare) * sharedValue);

  const distanceKm = haversineKm(b.town, v.workplace);
  const commute = contribution(w.commute, weights.commuteHalfScoreKm / (weights.commuteHalfScoreKm + distanceKm));

  const volunteerSlots = new Set(v.availability);
  const sharedSlots = [...new Set(b.availability)].filter((slot) => volunteerSlots.has(slot));
  const availability = contribution(w.availability, sharedSlots.length / weights.availabilityTargetSlots);

  const strengths = new Set(v.strengths);
  const needs = [...new Set(b.needs)];
  const coveredNeeds = needs.filter((need) => strengths.has(need));
  const needsScore = contribution(w.needs, needs.length === 0 ? 1 : coveredNeeds.length / needs.length);

  // No stated preference is neutral (full credit) so it never penalises anyone.
  const preferenceMet = b.genderPreference === undefined ? null : b.genderPreference === v.gender;
  const preference = contribution(w.preference, preferenceMet === false ? 0 : 1);

  const contributions: Record<Criterion, number> = {
    trade,
    languages,
    commute,
    availability,
    needs: needsScore,
    preference,
  };
  let total = 0;
  for (const criterion of CRITERIA) total += contributions[criterion];
  return {
    total,
    contributions,
    details: {
      tradeProximity: proximity,
      frenchMeetsMinimum: gap <= 0,
      sharedFirstLanguage,
      distanceKm,
      sharedSlots,
      coveredNeeds,
      preferenceMet,
    },
  };
}

/**
 * Totals of many pairs, fast: each profile is reduced once to small integers (interned trades,
 * families, sectors, languages; slots and topics as bit masks; cos(latitude)), then a pair costs a
 * few integer operations and one haversine. The arithmetic of every fraction is `scorePair`'s,
 * operation for operation, so totals are identical (tested on random and odd profiles); the cohort
 * matrix scores every pair with it, and explanations keep `scorePair` for the details.
 */
export class PairScorer {
  private readonly weights: ScoringWeights;
  /** More than 31 distinct slots or topics: masks do not fit, every pair goes through scorePair. */
  private readonly fallback: boolean;
  private readonly beneficiaries: readonly BeneficiaryProfile[];
  private readonly volunteers: readonly VolunteerProfile[];
  // Beneficiaries.
  private readonly bTrade: Int32Array;
  private readonly bFamily: Int32Array;
  private readonly bSector: Int32Array;
  private readonly bCefr: Int32Array;
  private readonly bNative: Int32Array[];
  private readonly bLat: Float64Array;
  private readonly bLon: Float64Array;
  private readonly bCosLat: Float64Array;
  private readonly bSlots: Int32Array;
  private readonly bNeeds: Int32Array;
  private readonly bNeedCount: Int32Array;
  /** Asked-for gender id, -1 for none. */
  private readonly bPreference: Int32Array;
  // Volunteers.
  private readonly vTrade: Int32Array;
  private readonly vFamily: Int32Array;
  private readonly vSector: Int32Array;
  /** CEFR index of the minimum, or NO_MINIMUM. */
  private readonly vMinCefr: Int32Array;
  private readonly vLanguages: Int32Array[];
  private readonly vLanguageValues: Float64Array[];
  private readonly vLat: Float64Array;
  private readonly vLon: Float64Array;
  private readonly vCosLat: Float64Array;
  private readonly vSlots: Int32Array;
  private readonly vStrengths: Int32Array;
  private readonly vGender: Int32Array;

  constructor(
    beneficiaries: readonly BeneficiaryProfile[],
    volunteers: readonly VolunteerProfile[],
    weights: ScoringWeights = DEFAULT_SCORING_WEIGHTS,
  ) {
    this.weights = weights;
    this.beneficiaries = beneficiaries;
    this.volunteers = volunteers;
    const ids = new Map<string, number>();
    // One id space per vocabulary, with a prefix: a trade never equals a sector by accident.
    const intern = (kind: string, value: string): number => {
      const key = `${kind}:${value}`;
      let id = ids.get(key);
      if (id === undefined) ids.set(key, (id = ids.size));
      return id;
    };
    const slotBits = new Map<string, number>();
    const topicBits = new Map<string, number>();
    let overflow = false;
    const mask = (bits: Map<string, number>, values: readonly string[]): number => {
      let m = 0;
      for (const value of values) {
        let bit = bits.get(value);
        if (bit === undefined) bits.set(value, (bit = bits.size));
        if (bit > 30) overflow = true;
        else m |= 1 << bit;
      }
      return m;
    };
    const NEVER = -2;
    const bs = beneficiaries;
    // The tests of tradeProximity: a beneficiary without a trade (or sector) matches nothing.
    this.bTrade = Int32Array.from(bs, (b) => (b.trade !== '' ? intern('trade', b.trade.toUpperCase()) : NEVER));
    this.bFamily = Int32Array.from(bs, (b) => (b.trade.length >= 3 ? intern('family', romeFamily(b.trade)) : NEVER));
    this.bSector = Int32Array.from(bs, (b) => (b.sector !== '' ? intern('sector', b.sector) : NEVER));
    this.bCefr = Int32Array.from(bs, (b) => cefrIndex(b.frenchLevel));
    this.bNative = bs.map((b) =>
      Int32Array.from(
        b.languages.filter((own) => own.level === 'native' && own.code !== 'fr'),
        (own) => intern('language', own.code),
      ),
    );
    this.bLat = Float64Array.from(bs, (b) => b.town.lat);
    this.bLon = Float64Array.from(bs, (b) => b.town.lon);
    this.bCosLat = Float64Array.from(bs, (b) => Math.cos(b.town.lat * TO_RAD));
    this.bSlots = Int32Array.from(bs, (b) => mask(slotBits, b.availability));
    this.bNeeds = Int32Array.from(bs, (b) => mask(topicBits, b.needs));
    this.bNeedCount = this.bNeeds.map(popcount);
    this.bPreference = Int32Array.from(bs, (b) => (b.genderPreference === undefined ? -1 : intern('gender', b.genderPreference)));
    const vs = volunteers;
    this.vTrade = Int32Array.from(vs, (v) => intern('trade', v.trade.toUpperCase()));
    this.vFamily = Int32Array.from(vs, (v) => intern('family', romeFamily(v.trade)));
    this.vSector = Int32Array.from(vs, (v) => intern('sector', v.sector));
    this.vMinCefr = Int32Array.from(vs, (v) => (v.minFrenchLevel ? cefrIndex(v.minFrenchLevel) : NO_MINIMUM));
    this.vLanguages = vs.map((v) => Int32Array.from(v.languages, (theirs) => intern('language', theirs.code)));
    this.vLanguageValues = vs.map((v) => Float64Array.from(v.languages, (theirs) => sharedLanguageValue(theirs.level)));
    this.vLat = Float64Array.from(vs, (v) => v.workplace.lat);
    this.vLon = Float64Array.from(vs, (v) => v.workplace.lon);
    this.vCosLat = Float64Array.from(vs, (v) => Math.cos(v.workplace.lat * TO_RAD));
    this.vSlots = Int32Array.from(vs, (v) => mask(slotBits, v.availability));
    this.vStrengths = Int32Array.from(vs, (v) => mask(topicBits, v.strengths));
    this.vGender = Int32Array.from(vs, (v) => (v.gender === undefined ? NEVER : intern('gender', v.gender)));
    this.fallback = overflow;
  }

  /** `scorePair(beneficiaries[b], volunteers[v], weights).total`. */
  total(b: number, v: number): number {
    if (this.fallback) return scorePair(this.beneficiaries[b], this.volunteers[v], this.weights).total;
    const weights = this.weights;
    const w = weights.criteria;

    const proximity: TradeProximity =
      this.bTrade[b] === this.vTrade[v]
        ? 'sameTrade'
        : this.bFamily[b] === this.vFamily[v]
          ? 'sameFamily'
          : this.bSector[b] === this.vSector[v]
            ? 'sameSector'
            : 'none';
    const trade = contribution(w.trade, weights.tradeProximity[proximity]);

    const minimum = this.vMinCefr[v];
    const frenchFit = frenchFitOf(minimum === NO_MINIMUM ? 0 : minimum - this.bCefr[b]);
    let sharedValue = 0;
    const native = this.bNative[b];
    const codes = this.vLanguages[v];
    const values = this.vLanguageValues[v];
    for (let p = 0; p < native.length; p++) {
      for (let q = 0; q < codes.length; q++) {
        if (codes[q] === native[p] && values[q] > sharedValue) sharedValue = values[q];
      }
    }
    const languages = contribution(w.languages, weights.frenchShare * frenchFit + (1 - weights.frenchShare) * sharedValue);

    const distanceKm = haversineParts(this.bLat[b], this.bLon[b], this.bCosLat[b], this.vLat[v], this.vLon[v], this.vCosLat[v]);
    const commute = contribution(w.commute, weights.commuteHalfScoreKm / (weights.commuteHalfScoreKm + distanceKm));

    const availability = contribution(w.availability, popcount(this.bSlots[b] & this.vSlots[v]) / weights.availabilityTargetSlots);

    const needCount = this.bNeedCount[b];
    const needs = contribution(w.needs, needCount === 0 ? 1 : popcount(this.bNeeds[b] & this.vStrengths[v]) / needCount);

    const asked = this.bPreference[b];
    const preference = contribution(w.preference, asked === -1 || asked === this.vGender[v] ? 1 : 0);

    return trade + languages + commute + availability + needs + preference;
  }
}

/** A volunteer who states no minimum French level: the French criterion is fully met. */
const NO_MINIMUM = -1_000;

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}
