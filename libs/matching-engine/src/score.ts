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

export function haversineKm(a: GeoPoint, b: GeoPoint): number {
  const toRad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * toRad;
  const dLon = (b.lon - a.lon) * toRad;
  const s =
    Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * toRad) * Math.cos(b.lat * toRad) * Math.sin(dLon / 2) ** 2;
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
  const frenchFit = gap <= 0 ? 1 : Math.max(0, 1 - gap / 3);
  // A shared first language other than French helps in the early meetings.
  let sharedFirstLanguage: string | null = null;
  let sharedValue = 0;
  for (const own of b.languages) {
    if (own.level !== 'native' || own.code === 'fr') continue;
    for (const theirs of v.languages) {
      if (theirs.code !== own.code) continue;
      const value = SHARED_LANGUAGE_VALUE[theirs.level] ?? 0;
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
