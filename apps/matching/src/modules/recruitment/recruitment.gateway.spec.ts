import { status } from '@grpc/grpc-js';
import { RuleConflict, fromEngineError } from '../rule-conflict';
import { MatchingRuleError } from '@binome/matching-engine';
import { fromRecruitmentError } from './recruitment.gateway';

describe('errors at the edges of matching', () => {
  it.each([
    [status.PERMISSION_DENIED, 'forbidden', 403],
    [status.NOT_FOUND, 'not_found', 404],
    [status.UNIMPLEMENTED, 'unavailable', 503],
    [status.UNAVAILABLE, 'unavailable', 503],
    [status.DEADLINE_EXCEEDED, 'unavailable', 503],
    [status.INTERNAL, 'unavailable', 503],
  ])('When recruitment answers gRPC status %s, then matching answers %s (%s), never a 500', (code, appCode, httpStatus) => {
    const e = fromRecruitmentError({ code, details: 'whatever' });
    expect(e.code).toBe(appCode);
    expect(e.status).toBe(httpStatus);
  });

  it('When a staff decision breaks a matching rule, then the problem body names the rule', () => {
    const e = fromEngineError(new MatchingRuleError('volunteer-trained', 'volunteer v1 has not attended the initial training'));
    expect(e).toBeInstanceOf(RuleConflict);
    expect((e as RuleConflict).status).toBe(409);
    expect((e as RuleConflict).toJSON()).toMatchObject({ code: 'conflict', rule: 'volunteer-trained', errors: [{ field: 'rule', message: 'volunteer-trained' }] });
    const other = new RangeError('x');
    expect(fromEngineError(other)).toBe(other);
  });
});
