import type { Permission, Principal } from '@binome/auth';
import { conflict } from '@binome/errors';
import { refreshHealth } from '../../health/pair-health';
import { meetingLifecycle, type Meeting } from '../meeting.entity';
import { meetingEvent, meetingIds, MeetingCancelled } from '../meeting.events';
import { meetingInReach } from '../meeting-access';
import type { MeetingsDeps } from '../meetings.deps';

/** Cancels a planned meeting (either participant, the Konnecteur, staff); its slot and hours are freed. */
export async function cancelMeeting(d: MeetingsDeps, principal: Principal, permission: Permission, id: string): Promise<Meeting> {
  const { meeting, pair } = await meetingInReach(d, principal, permission, id);
  meetingLifecycle.assert(meeting.status, 'cancelled');
  const now = d.now();
  const cancellation = { cause: 'person' as const, by: principal.subject, at: now };
  const ok = await d.meetings.change(meeting, 'planned', { status: 'cancelled', cancellation }, [
    meetingEvent(MeetingCancelled, meeting, { ...meetingIds(meeting), cause: 'person' }),
  ]);
  if (!ok) throw conflict('The meeting changed meanwhile; reload and try again');
  await refreshHealth(d, pair, now);
  return { ...meeting, status: 'cancelled', cancellation, sequence: meeting.sequence + 1 };
}

/**
 * The cascade of a pair's end (dissolved or completed in matching): its future planned meetings
 * are cancelled, each with its event and a higher sequence. Idempotent: a redelivered end finds
 * nothing planned left; a meeting changed meanwhile is picked up by the next delivery.
 */
export async function cancelFutureMeetings(
  d: Pick<MeetingsDeps, 'meetings'>,
  pair: { pairId: string; territoryId: string },
  at: Date,
): Promise<number> {
  let cancelled = 0;
  for (const m of await d.meetings.futureOfPair(pair.territoryId, pair.pairId, at)) {
    const ok = await d.meetings.change(m, 'planned', { status: 'cancelled', cancellation: { cause: 'pair-ended', by: 'scheduling', at } }, [
      meetingEvent(MeetingCancelled, m, { ...meetingIds(m), cause: 'pair-ended' }),
    ]);
    if (ok) cancelled++;
  }
  return cancelled;
}
