import { exceedsCap, forecastPlan, ledgerOf } from './time-ledger';

describe("the volunteer's time ledger", () => {
  it('When meetings are planned and held, then both count against the 24.5 h cap; cancelled and missed ones do not', () => {
    const l = ledgerOf([
      { durationMinutes: 120, status: 'held' },
      { durationMinutes: 90, status: 'planned' },
      { durationMinutes: 120, status: 'cancelled' },
      { durationMinutes: 120, status: 'missed' },
    ]);
    expect(l).toEqual({ capHours: 24.5, plannedHours: 1.5, heldHours: 2, hoursLeft: 21 });
  });

  it('When a meeting would go over the hours left, then it exceeds the cap; one that fits exactly does not', () => {
    const l = ledgerOf(Array.from({ length: 11 }, () => ({ durationMinutes: 120, status: 'held' as const })));
    expect(l.hoursLeft).toBe(2.5);
    expect(exceedsCap(l, 150)).toBe(false);
    expect(exceedsCap(l, 180)).toBe(true);
  });

  it("When the programme's default plan is forecast, then it exceeds 3.5 days at 7 h by 5.5 h and says so", () => {
    const f = forecastPlan();
    expect(f).toMatchObject({ plannedHours: 30, capHours: 24.5, fits: false, overByHours: 5.5 });
    expect(f.message).toBe('1 training day(s) + 10 meetings of 2 h + REX 3 h = 30 h: exceeds the cap of 24.5 h (3.5 days at 7 h) by 5.5 h');
  });

  it('When the plan is lighter or the day longer, then it fits', () => {
    expect(forecastPlan({ trainingDays: 1, meetings: 7, meetingMinutes: 120, rexEveningHours: 3 })).toMatchObject({
      plannedHours: 24,
      fits: true,
      overByHours: 0,
    });
    expect(forecastPlan(undefined, { capDays: 3.5, hoursPerDay: 10 })).toMatchObject({ capHours: 35, plannedHours: 33, fits: true });
  });
});
