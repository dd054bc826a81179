import { AppError } from '@binome/errors';
import { MatchingRuleError, type RuleName } from '@binome/matching-engine';

/**
 * 409 naming the matching rule a decision would break (`rule` in the problem+json body, and in
 * `errors[0].field = "rule"`), e.g. `volunteer-trained` when approving a pair whose volunteer has
 * not attended the training day.
 */
export class RuleConflict extends AppError {
  constructor(
    readonly rule: RuleName,
    detail: string,
  ) {
    super('conflict', detail, { fields: [{ field: 'rule', message: rule }] });
  }

  override toJSON() {
    return { ...super.toJSON(), rule: this.rule };
  }
}

/** Engine errors a staff decision can cause, as 409s; anything else is rethrown. */
export function fromEngineError(e: unknown): unknown {
  if (e instanceof MatchingRuleError) return new RuleConflict(e.rule, e.message);
  return e;
}

/** How the routes of decisions a rule can refuse document the 409. */
export const RULE_CONFLICT_RESPONSE = {
  409: { description: 'Règle ou état refusant la décision, nommé dans `rule` / a rule or state refusing the decision, named in `rule`' },
};
