import { endOf, type Meeting } from '../meetings/meeting.entity';
import type { PairSchedule } from '../pairs/pair-schedule.entity';
import type { CalendarEvent } from '../promotion-calendar/calendar-event.entity';
import type { WorkshopSeat } from '../workshops/workshop-seat.entity';
import type { NotificationRepository, PlannedNotification } from './notification.repository';

const DAY_MS = 86_400_000;

/**
 * When each email goes: the reminder the day before (at once when planned less than a day ahead,
 * none when it starts within the hour), the "did it take place?" question the day after the start.
 * Planned before the meeting or event is written (intent first): if that write fails, the sender
 * finds nothing planned and drops them.
 */
export function meetingNotifications(
  m: Meeting,
  now: Date,
  mode: 'plan' | 'log',
  loggedBy?: 'beneficiary' | 'volunteer' | 'programme',
): PlannedNotification[] {
  const about = { meetingId: m._id, pairId: m.pairId };
  const people = [
    { kind: 'beneficiary' as const, id: m.beneficiaryId },
    { kind: 'volunteer' as const, id: m.volunteerId },
  ];
  const out: PlannedNotification[] = [];
  for (const recipient of people) {
    if (mode === 'plan') {
      if (m.startsAt.getTime() - now.getTime() > 3_600_000)
        out.push({
          territoryId: m.territoryId,
          kind: 'meeting-reminder',
          about,
          recipient,
          dueAt: new Date(Math.max(now.getTime(), m.startsAt.getTime() - DAY_MS)),
        });
      out.push({
        territoryId: m.territoryId,
        kind: 'attendance-question',
        about,
        recipient,
        dueAt: new Date(m.startsAt.getTime() + DAY_MS),
      });
    } else if (loggedBy !== recipient.kind) {
      // A logged meeting: the other side is asked at once (it is over), the logger has answered.
      out.push({
        territoryId: m.territoryId,
        kind: 'attendance-question',
        about,
        recipient,
        dueAt: new Date(Math.max(now.getTime(), endOf(m).getTime())),
      });
    }
  }
  return out;
}

/** The invitation at once and the reminder the day before, to each invitee. */
export function eventNotifications(e: CalendarEvent, now: Date, invitees = e.invitees): PlannedNotification[] {
  return invitees.flatMap((i) => {
    const recipient = { kind: i.kind, id: i.id };
    const base = { territoryId: e.territoryId, about: { eventId: e._id }, recipient };
    const reminder =
      e.startsAt.getTime() - now.getTime() > 3_600_000
        ? [{ ...base, kind: 'event-reminder' as const, dueAt: new Date(Math.max(now.getTime(), e.startsAt.getTime() - DAY_MS)) }]
        : [];
    return [{ ...base, kind: 'event-invitation' as const, dueAt: now }, ...reminder];
  });
}

/** An alert to the pair's Konnecteur, once per raise (the alert event's id). */
export function alertNotification(pair: PairSchedule, alertId: string, now: Date): PlannedNotification[] {
  if (!pair.konnecteurId) return [];
  return [
    {
      territoryId: pair.territoryId,
      kind: 'alert',
      about: { pairId: pair._id },
      recipient: { kind: 'konnecteur', id: pair.konnecteurId },
      dueAt: now,
      suffix: alertId,
    },
  ];
}

/** The email telling a person they were promoted from a workshop's waitlist, at once. */
export function workshopPromotionNotification(seat: WorkshopSeat, now: Date): PlannedNotification[] {
  return [
    {
      territoryId: seat.territoryId,
      kind: 'workshop-promotion',
      about: { registrationId: seat._id },
      recipient: { kind: seat.personKind, id: seat.personId },
      dueAt: now,
    },
  ];
}

export type NotificationPlanner = Pick<NotificationRepository, 'plan'>;
