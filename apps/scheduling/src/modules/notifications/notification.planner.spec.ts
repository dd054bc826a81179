import type { Meeting } from '../meetings/meeting.entity';
import { meetingNotifications } from './notification.planner';

const HOUR = 3_600_000;
const now = new Date('2027-03-01T08:00:00Z');
const meeting = (startsAt: Date): Meeting => ({
  _id: 'm1',
  territoryId: 'rennes',
  pairId: 'p1',
  promotionId: 'promo',
  beneficiaryId: 'b1',
  volunteerId: 'v1',
  status: 'planned',
  startsAt,
  durationMinutes: 120,
  place: 'workplace',
  topics: [],
  attendance: {},
  uid: 'u@binome',
  sequence: 0,
  createdBy: 'x',
  createdAt: now,
  updatedAt: now,
});
const shape = (ns: ReturnType<typeof meetingNotifications>) => ns.map((n) => `${n.kind}:${n.recipient.kind}:${n.dueAt.toISOString()}`);

describe('when the emails of a meeting go', () => {
  it('When a meeting is planned three days ahead, then each participant is reminded the day before and asked the day after', () => {
    expect(shape(meetingNotifications(meeting(new Date(now.getTime() + 72 * HOUR)), now, 'plan'))).toEqual([
      'meeting-reminder:beneficiary:2027-03-03T08:00:00.000Z',
      'attendance-question:beneficiary:2027-03-05T08:00:00.000Z',
      'meeting-reminder:volunteer:2027-03-03T08:00:00.000Z',
      'attendance-question:volunteer:2027-03-05T08:00:00.000Z',
    ]);
  });

  it('When it is planned less than a day ahead, then the reminder goes at once; within the hour, no reminder', () => {
    expect(
      shape(meetingNotifications(meeting(new Date(now.getTime() + 5 * HOUR)), now, 'plan')).filter((s) => s.startsWith('meeting-reminder')),
    ).toEqual(['meeting-reminder:beneficiary:2027-03-01T08:00:00.000Z', 'meeting-reminder:volunteer:2027-03-01T08:00:00.000Z']);
    expect(meetingNotifications(meeting(new Date(now.getTime() + 30 * 60_000)), now, 'plan').map((n) => n.kind)).toEqual([
      'attendance-question',
      'attendance-question',
    ]);
  });

  it('When a past meeting is logged by the volunteer, then only the beneficiary is asked, at once', () => {
    expect(shape(meetingNotifications(meeting(new Date(now.getTime() - 48 * HOUR)), now, 'log', 'volunteer'))).toEqual([
      'attendance-question:beneficiary:2027-03-01T08:00:00.000Z',
    ]);
  });
});
