import type { BeneficiaryProfile, PairRef, VolunteerProfile } from './profiles';

/**
 * Hard rules: a pair that breaks one is never proposed, and a staff pin that breaks one is refused.
 * Rule names are stable identifiers: explanations, errors and the UI refer to them.
 */
export const RULES = {
  sameTerritory: 'same-territory',
  samePromotion: 'same-promotion',
  conflictOfInterest: 'conflict-of-interest',
  volunteerTrained: 'volunteer-trained',
  volunteerCapacity: 'volunteer-capacity',
  ban: 'ban',
  pin: 'pin',
  unknownParticipant: 'unknown-participant',
} as const;
export type RuleName = (typeof RULES)[keyof typeof RULES];

export interface RuleViolation {
  readonly rule: RuleName;
  readonly message: string;
}

/** A staff decision or an input that cannot be honoured; `rule` names the rule it breaks. */
export class MatchingRuleError extends Error {
  readonly rule: RuleName;
  constructor(rule: RuleName, message: string) {
    super(`[${rule}] ${message}`);
    this.name = 'MatchingRuleError';
    this.rule = rule;
  }
}

export function pairKey(beneficiaryId: string, volunteerId: string): string {
  // The separator cannot appear in ids produced by the platform (UUIDs, slugs).
  return `${beneficiaryId}\u0000${volunteerId}`;
}

/** A set of (beneficiary, volunteer) pairs, looked up without building a key string per call. */
export class PairSet {
  private readonly byBeneficiary = new Map<string, Set<string>>();
  /** Number of distinct pairs. */
  readonly size: number;
  constructor(pairs: readonly PairRef[] = []) {
    let size = 0;
    for (const pair of pairs) {
      let volunteers = this.byBeneficiary.get(pair.beneficiaryId);
      if (!volunteers) this.byBeneficiary.set(pair.beneficiaryId, (volunteers = new Set()));
      if (!volunteers.has(pair.volunteerId)) size++;
      volunteers.add(pair.volunteerId);
    }
    this.size = size;
  }
  has(beneficiaryId: string, volunteerId: string): boolean {
    return this.byBeneficiary.get(beneficiaryId)?.has(volunteerId) ?? false;
  }
}

/** The pairs staff forbid. */
export class BanList extends PairSet {}

/**
 * The first hard rule the pair breaks, in a fixed order, or null. Rules that depend on the two
 * profiles and the bans only (capacity and pins are cohort-level and checked by the solver). Builds
 * nothing: the cohort matrix asks it of every pair.
 */
export function brokenRule(b: BeneficiaryProfile, v: VolunteerProfile, bans?: BanList): RuleName | null {
  if (b.territoryId !== v.territoryId) return RULES.sameTerritory;
  if (b.promotionId !== v.promotionId) return RULES.samePromotion;
  const conflicts = b.conflicts;
  if (conflicts !== undefined && (conflicts.includes(v.companyId) || conflicts.includes(v.id))) return RULES.conflictOfInterest;
  if (!v.trained) return RULES.volunteerTrained;
  if (bans?.has(b.id, v.id)) return RULES.ban;
  return null;
}

/** `brokenRule` with a message for people (explanations, refusals). */
export function checkPair(b: BeneficiaryProfile, v: VolunteerProfile, bans?: BanList): RuleViolation | null {
  const rule = brokenRule(b, v, bans);
  if (rule === null) return null;
  return { rule, message: violationMessage(rule, b, v) };
}

function violationMessage(rule: RuleName, b: BeneficiaryProfile, v: VolunteerProfile): string {
  switch (rule) {
    case RULES.sameTerritory:
      return `beneficiary ${b.id} is in territory ${b.territoryId}, volunteer ${v.id} in ${v.territoryId}`;
    case RULES.samePromotion:
      return `beneficiary ${b.id} is in promotion ${b.promotionId}, volunteer ${v.id} in ${v.promotionId}`;
    case RULES.conflictOfInterest:
      return `beneficiary ${b.id} declared a conflict of interest with volunteer ${v.id} or company ${v.companyId}`;
    case RULES.volunteerTrained:
      return `volunteer ${v.id} has not attended the initial training`;
    default:
      return `staff banned the pair ${b.id} – ${v.id}`;
  }
}
