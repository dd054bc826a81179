import { randomUUID } from 'node:crypto';
import type { Permission, Principal } from '@binome/auth';
import { AppError } from '@binome/errors';
import { exceedsCap } from '../ledger/time-ledger';
import { volunteerLedger } from '../ledger/volunteer-ledger';
import { meetingNotifications } from '../notifications/notification.planner';
import { pairInReach } from '../pairs/pair-schedule.reach';
import {
  assertNoDoubleBooking,
  assertPlannable,
  DEFAULT_DURATION_MINUTES,
  type Meeting,
  type MeetingPlace,
  type MeetingTopic,
} from './meeting.entity';
import { meetingEvent, meetingFacts, MeetingPlanned } from './meeting.events';
import type { MeetingsDeps } from './meetings.deps';

export interface NewMeeting {
  startsAt: Date;
  endsAt?: Date;
  durationMinutes?: number;
  place?: MeetingPlace;
  topics?: MeetingTopic[];
  note?: string;
}

/**
 * The one way a meeting is created, planned ahead or logged afterwards: the planning rules, the
 * agendas of both participants, the volunteer's cap (409 with the hours left), then the meeting
 * with its event in one write. A logged meeting carries the logger's own "it took place".
 */
export async function createMeeting(
  d: MeetingsDeps,
  principal: Principal,
  permission: Permission,
  pairId: string,
  input: NewMeeting,
  mode: 'plan' | 'log',
): Promise<Meeting> {
  const { pair, side } = await pairInReach(d, principal, permission, pairId);
  const now = d.now();
  const durationMinutes = input.endsAt
    ? Math.round((input.endsAt.getTime() - input.startsAt.getTime()) / 60_000)
    : (input.durationMinutes ?? DEFAULT_DURATION_MINUTES);
  assertPlannable(pair, { startsAt: input.startsAt, durationMinutes, ...(input.endsAt ? { endsAt: input.endsAt } : {}) }, now, mode);
  const people = { beneficiaryId: pair.beneficiaryId, volunteerId: pair.volunteerId };
  // Read-then-insert under both people's locks: two plans for the same person cannot both pass.
  const meeting = await d.locks.with(pair.territoryId, [`beneficiary:${pair.beneficiaryId}`, `volunteer:${pair.volunteerId}`], async () => {
    assertNoDoubleBooking(
      { ...people, startsAt: input.startsAt, durationMinutes },
      await d.meetings.agendaAround(pair.territoryId, people, input.startsAt),
    );
    const ledger = await volunteerLedger(d, pair.territoryId, pair.volunteerId);
    if (exceedsCap(ledger, durationMinutes)) {
      throw new AppError(
        'conflict',
        `The volunteer's time cap would be exceeded: ${ledger.hoursLeft} h left of ${ledger.capHours} h, the meeting takes ${durationMinutes / 60} h (field: durationMinutes)`,
      );
    }
    const m: Meeting = {
      _id: randomUUID(),
      territoryId: pair.territoryId,
      pairId: pair._id,
      promotionId: pair.promotionId,
      ...people,
      status: 'planned',
      startsAt: input.startsAt,
      durationMinutes,
      place: input.place ?? 'workplace',
      topics: input.topics ?? [],
      ...(input.note ? { note: input.note } : {}),
      attendance: mode === 'log' ? { [side]: { tookPlace: true, at: now, by: principal.subject } } : {},
      uid: `${randomUUID()}@binome`,
      sequence: 0,
      createdBy: principal.subject,
      createdAt: now,
      updatedAt: now,
    };
    await d.notifications.plan(meetingNotifications(m, now, mode, side), now);
    await d.meetings.insert(m, [meetingEvent(MeetingPlanned, m, meetingFacts(m))]);
    return m;
  });
  d.mailNudge();
  return meeting;
}
