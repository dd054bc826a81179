import { AppError } from '@binome/errors';
import { assertNoDoubleBooking, assertPlannable, settle } from './meeting.entity';

const now = new Date('2027-02-01T10:00:00Z');
const at = (iso: string) => new Date(iso);
const errorOf = (f: () => void): AppError => {
  try {
    f();
  } catch (e) {
    return e as AppError;
  }
  throw new Error('expected an error');
};

describe('meeting planning rules', () => {
  const active = { status: 'active' as const };

  it('When the end comes before the start, then 400 names body.endsAt', () => {
    const e = errorOf(() =>
      assertPlannable(
        active,
        { startsAt: at('2027-02-03T10:00:00Z'), endsAt: at('2027-02-03T09:00:00Z'), durationMinutes: -60 },
        now,
        'plan',
      ),
    );
    expect({ status: e.status, fields: e.fields.map((f) => f.field) }).toEqual({ status: 400, fields: ['body.endsAt'] });
  });

  it('When a planned meeting is in the past, then 400 names body.startsAt; a logged one must be in the past', () => {
    expect(
      errorOf(() => assertPlannable(active, { startsAt: at('2027-01-31T10:00:00Z'), durationMinutes: 120 }, now, 'plan')).fields[0].field,
    ).toBe('body.startsAt');
    expect(() => assertPlannable(active, { startsAt: at('2027-01-31T10:00:00Z'), durationMinutes: 120 }, now, 'log')).not.toThrow();
    expect(errorOf(() => assertPlannable(active, { startsAt: at('2027-02-02T10:00:00Z'), durationMinutes: 120 }, now, 'log')).status).toBe(
      400,
    );
  });

  it("When the meeting ends after the promotion's end, then 400 says the date", () => {
    const e = errorOf(() =>
      assertPlannable(
        { status: 'active', promotionEndsOn: at('2027-02-03T11:00:00Z') },
        { startsAt: at('2027-02-03T10:00:00Z'), durationMinutes: 120 },
        now,
        'plan',
      ),
    );
    expect(e.fields).toEqual([{ field: 'body.startsAt', message: "the meeting ends after the promotion's end (2027-02-03)" }]);
  });

  it('When the pair is dissolved or completed, then 409 names the pair', () => {
    for (const status of ['dissolved', 'completed'] as const) {
      const e = errorOf(() => assertPlannable({ status }, { startsAt: at('2027-02-03T10:00:00Z'), durationMinutes: 120 }, now, 'plan'));
      expect({ status: e.status, message: e.message }).toEqual({
        status: 409,
        message: `The pair is ${status}: only a confirmed or active pair has meetings (field: pairId)`,
      });
    }
  });

  it('When the volunteer or the beneficiary already has an overlapping meeting, then 409 says who; touching slots and cancelled meetings are free', () => {
    const slot = { startsAt: at('2027-02-03T10:00:00Z'), durationMinutes: 120, beneficiaryId: 'b1', volunteerId: 'v1' };
    const other = {
      _id: 'm',
      startsAt: at('2027-02-03T11:00:00Z'),
      durationMinutes: 60,
      beneficiaryId: 'b2',
      volunteerId: 'v1',
      status: 'planned' as const,
    };
    expect(errorOf(() => assertNoDoubleBooking(slot, [other])).message).toBe(
      'Double booking: the volunteer already has a meeting at that time (field: startsAt)',
    );
    expect(errorOf(() => assertNoDoubleBooking(slot, [{ ...other, beneficiaryId: 'b1' }])).message).toBe(
      'Double booking: the volunteer and the beneficiary already have a meeting at that time (field: startsAt)',
    );
    expect(() => assertNoDoubleBooking(slot, [{ ...other, startsAt: at('2027-02-03T12:00:00Z') }])).not.toThrow();
    expect(() => assertNoDoubleBooking(slot, [{ ...other, status: 'cancelled' }])).not.toThrow();
  });
});

describe('both-sides confirmation', () => {
  const yes = { tookPlace: true, at: now, by: 'x' };
  const no = { tookPlace: false, at: now, by: 'y' };

  it('When one participant answered, then it is pending; when both agree, then it is held or missed', () => {
    expect(settle({ beneficiary: yes })).toEqual({ agreement: 'pending' });
    expect(settle({ beneficiary: yes, volunteer: yes })).toEqual({ agreement: 'agreed', outcome: 'held' });
    expect(settle({ beneficiary: no, volunteer: no })).toEqual({ agreement: 'agreed', outcome: 'missed' });
  });

  it('When the participants disagree, then it is disputed and no outcome is guessed; the programme side settles it', () => {
    expect(settle({ beneficiary: yes, volunteer: no })).toEqual({ agreement: 'disputed' });
    expect(settle({ beneficiary: yes, volunteer: no, programme: yes })).toEqual({ agreement: 'agreed', outcome: 'held' });
    expect(settle({ programme: no })).toEqual({ agreement: 'agreed', outcome: 'missed' });
  });
});
