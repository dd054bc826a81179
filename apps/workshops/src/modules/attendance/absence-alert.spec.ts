import { alertDue, ALERT_TTL_DAYS } from './absence-alert';
import type { Seat } from './assiduity';
import { assiduityOf } from './assiduity';

const DAY = 86_400_000;
const now = new Date(Date.UTC(2026, 4, 1, 12));
const seat = (daysAgo: number, mark?: Seat['mark']): Seat => ({
  session: { _id: `s${daysAgo}`, workshopId: 'w', startsAt: new Date(now.getTime() - daysAgo * DAY) },
  mark,
});

describe('assiduity and the absence alert', () => {
  it('When a person was absent twice from past sessions, then an alert is due and expires after its TTL', () => {
    const due = alertDue([seat(3, 'absent'), seat(10, 'absent')], null, now);
    expect(due).toEqual({ absences: 2, expiresAt: new Date(now.getTime() + ALERT_TTL_DAYS * DAY) });
    const active = {
      _id: 'p',
      territoryId: 't',
      personId: 'p',
      unexcusedAbsences: 2,
      raisedAt: now,
      expiresAt: new Date(now.getTime() + ALERT_TTL_DAYS * DAY),
    };
    expect(alertDue([seat(3, 'absent'), seat(10, 'absent')], active, now)).toBeUndefined();
    expect(alertDue([seat(3, 'absent'), seat(10, 'absent')], active, new Date(now.getTime() + ALERT_TTL_DAYS * DAY + 1))).toBeDefined();
  });

  it('When absences are excused, old, or of sessions still to come, then no alert', () => {
    expect(alertDue([seat(3, 'excused'), seat(10, 'absent')], null, now)).toBeUndefined();
    expect(alertDue([seat(3, 'absent'), seat(90, 'absent')], null, now)).toBeUndefined();
    expect(alertDue([seat(-2, 'absent'), seat(10, 'absent')], null, now)).toBeUndefined();
  });

  it('When the rate is computed, then excused absences and sessions to come are left out', () => {
    expect(assiduityOf([seat(1, 'present'), seat(2, 'late'), seat(3, 'excused'), seat(4, 'absent'), seat(5), seat(-1)], now)).toEqual({
      sessions: 5,
      present: 1,
      late: 1,
      excused: 1,
      absent: 1,
      unrecorded: 1,
      rate: 0.667,
    });
  });
});
