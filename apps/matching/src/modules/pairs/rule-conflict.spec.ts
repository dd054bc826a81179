import { MatchingRuleError } from '@binome/matching-engine';
import { RuleConflict, fromEngineError } from './rule-conflict';

describe('errors at the edges of matching', () => {
  it('When a staff decision breaks a matching rule, then the problem body names the rule', () => {
    const e = fromEngineError(new MatchingRuleError('volunteer-trained', 'volunteer v1 has not attended the initial training'));
    expect(e).toBeInstanceOf(RuleConflict);
    expect((e as RuleConflict).status).toBe(409);
    expect((e as RuleConflict).toJSON()).toMatchObject({
      code: 'conflict',
      rule: 'volunteer-trained',
      errors: [{ field: 'rule', message: 'volunteer-trained' }],
    });
    const other = new RangeError('x');
    expect(fromEngineError(other)).toBe(other);
  });
});
