import { cadenceHealth } from './health/cadence';
import { capHours, forecastPlan } from './ledger/time-ledger';
import { cadencePolicyOf, ledgerPolicyOf } from './territory-policy';

const DAY = 86_400_000;

describe("a territory's own programme figures", () => {
  const policies = { tours: { hoursPerDay: 7.5, firstMeetingWithinDays: 10, meetingsPerMonth: 3 } };

  it('When a territory sets its figures, then its cap and milestones follow them; another keeps the programme’s', () => {
    expect(capHours(ledgerPolicyOf(policies, 'tours'))).toBe(26.25);
    expect(capHours(ledgerPolicyOf(policies, 'rennes'))).toBe(24.5);
    expect(forecastPlan(undefined, ledgerPolicyOf(policies, 'tours'))).toMatchObject({ plannedHours: 30.5, overByHours: 4.25 });
    expect(cadencePolicyOf(policies, 'rennes')).toEqual({ firstMeetingWithinDays: 14, meetingsPerMonth: 2 });
  });

  it('When a pair has not met 12 days after its start, then Tours (10 days) asks for a check-in and Rennes (14 days) does not yet', () => {
    const start = new Date('2027-01-01T00:00:00Z');
    const now = new Date(start.getTime() + 12 * DAY);
    expect(cadenceHealth(start, [], now, cadencePolicyOf(policies, 'tours'))).toMatchObject({
      status: 'needs-check-in',
      reasons: [{ code: 'no-meeting-yet', value: 12 }],
    });
    expect(cadenceHealth(start, [], now, cadencePolicyOf(policies, 'rennes'))).toEqual({ status: 'on-track', reasons: [] });
  });
});
