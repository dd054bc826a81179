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

export class BanList {
  private readonly keys: Set<string>;
  constructor(bans: readonly PairRef[] = []) {
    this.keys = new Set(bans.map((ban) => pairKey(ban.beneficiaryId, ban.volunteerId)));
  }
  has(beneficiaryId: string, volunteerId: string): boolean {
    return this.keys.has(pairKey(beneficiaryId, volunteerId));
  }
}

/**
 * Rules that depend on the two profiles and the bans only (capacity and pins are cohort-level and
 * checked by the solver). Returns the first broken rule, in a fixed order, or null.
 */
export function checkPair(b: BeneficiaryProfile, v: VolunteerProfile, bans?: BanList): RuleViolation | null {
  if (b.territoryId !== v.territoryId) {
    return {
      rule: RULES.sameTerritory,
      message: `beneficiary ${b.id} is in territory ${b.territoryId}, volunteer ${v.id} in ${v.territoryId}`,
    };
  }
  if (b.promotionId !== v.promotionId) {
    return {
      rule: RULES.samePromotion,
      message: `beneficiary ${b.id} is in promotion ${b.promotionId}, volunteer ${v.id} in ${v.promotionId}`,
    };
  }
  const conflicts = b.conflicts ?? [];
  if (conflicts.includes(v.companyId) || conflicts.includes(v.id)) {
    return {
      rule: RULES.conflictOfInterest,
      message: `beneficiary ${b.id} declared a conflict of interest with volunteer ${v.id} or company ${v.companyId}`,
    };
  }
  if (!v.trained) {
    return { rule: RULES.volunteerTrained, message: `volunteer ${v.id} has not attended the initial training` };
  }
  if (bans?.has(b.id, v.id)) {
    return { rule: RULES.ban, message: `staff banned the pair ${b.id} – ${v.id}` };
  }
  return null;
}
