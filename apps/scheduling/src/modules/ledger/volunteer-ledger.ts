import { ledgerPolicyOf } from '../territory-policy';
import type { MeetingsDeps } from '../meetings/meetings.deps';
import type { CalendarEvent } from '../promotion-calendar/calendar-event.entity';
import { hoursBySource, ledgerOf, type LedgerEntry } from './time-ledger';

/** How a calendar event weighs on an invitee's time: attended is held, a "no" or a cancellation frees it. */
export function eventEntry(e: CalendarEvent, kind: 'volunteer' | 'beneficiary' | 'konnecteur', id: string): LedgerEntry {
  const invitee = e.invitees.find((i) => i.kind === kind && i.id === id);
  const status: LedgerEntry['status'] =
    e.status === 'cancelled' || invitee?.rsvp?.coming === false
      ? 'cancelled'
      : invitee?.attended === true
        ? 'held'
        : invitee?.attended === false
          ? 'missed'
          : 'planned';
  return { durationMinutes: e.durationMinutes, status, source: 'event' };
}

/**
 * The volunteer's ledger under their territory's figures: the training day once recruitment says
 * they were trained, their meetings in every pair, the promotion's calendar events they were
 * invited to (unless they said no), planned and done.
 */
export async function volunteerLedger(
  d: Pick<MeetingsDeps, 'meetings' | 'volunteers' | 'calendarEvents' | 'policies'>,
  territoryId: string,
  volunteerId: string,
) {
  const policy = ledgerPolicyOf(d.policies, territoryId);
  const [meetings, fact, events] = await Promise.all([
    d.meetings.ofVolunteer(territoryId, volunteerId),
    d.volunteers.of(territoryId, volunteerId),
    d.calendarEvents.ofInvitee(territoryId, 'volunteer', volunteerId),
  ]);
  const entries: LedgerEntry[] = [
    ...(fact?.trainedOn ? [{ durationMinutes: policy.hoursPerDay * 60, status: 'held' as const, source: 'training' as const }] : []),
    ...meetings.map((m) => ({ durationMinutes: m.durationMinutes, status: m.status, source: 'meeting' as const })),
    ...events.map((e) => eventEntry(e, 'volunteer', volunteerId)),
  ];
  return {
    ...ledgerOf(entries, policy),
    bySource: hoursBySource(entries),
    heldBySource: hoursBySource(entries, ['held']),
    policy,
    trainedOn: fact?.trainedOn,
  };
}
