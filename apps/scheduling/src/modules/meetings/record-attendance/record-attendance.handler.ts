import type { Permission, Principal } from '@binome/auth';
import { conflict } from '@binome/errors';
import { refreshHealth } from '../../health/pair-health';
import type { PairSchedule } from '../../pairs/pair-schedule.entity';
import { meetingLifecycle, settle, type Meeting, type Side } from '../meeting.entity';
import { heldFacts, meetingEvent, meetingIds, MeetingHeld, MeetingMissed } from '../meeting.events';
import { meetingInReach } from '../meeting-access';
import type { MeetingsDeps } from '../meetings.deps';

const lost = () => conflict('The meeting changed meanwhile; reload and try again');

/** Turns the answers into the outcome when they settle it (held or missed), with its event. */
export async function settleMeeting(d: Pick<MeetingsDeps, 'meetings'>, m: Meeting): Promise<Meeting> {
  const { outcome } = settle(m.attendance);
  if (!outcome || m.status !== 'planned') return m;
  const event = outcome === 'held' ? meetingEvent(MeetingHeld, m, heldFacts(m)) : meetingEvent(MeetingMissed, m, meetingIds(m));
  if (!(await d.meetings.change(m, 'planned', { status: outcome }, [event]))) throw lost();
  return { ...m, status: outcome, sequence: m.sequence + 1 };
}

/**
 * One side's answer to "did it take place?". A participant answers for their own side, the
 * Konnecteur or staff for the programme's; a meeting counts once both participants agree or the
 * programme side answered. A disagreement stays visible until the programme side settles it.
 */
export async function recordAttendance(
  d: MeetingsDeps,
  principal: Principal,
  permission: Permission,
  id: string,
  tookPlace: boolean,
): Promise<Meeting> {
  const { meeting, side, pair } = await meetingInReach(d, principal, permission, id);
  return answerMeeting(d, meeting, pair, side, tookPlace, principal.subject);
}

/**
 * One side's answer, whoever gives it: the app (a signed-in person) or a one-tap email link
 * (`by` names the link). The meeting must have started; held and missed are final.
 */
export async function answerMeeting(d: MeetingsDeps, meeting: Meeting, pair: PairSchedule, side: Side, tookPlace: boolean, by: string) {
  meetingLifecycle.assert(meeting.status, tookPlace ? 'held' : 'missed');
  const now = d.now();
  if (meeting.startsAt > now) throw conflict('The meeting has not started yet: it can be confirmed once it took place (field: tookPlace)');
  const attendance = { ...meeting.attendance, [side]: { tookPlace, at: now, by } };
  if (!(await d.meetings.change(meeting, 'planned', { attendance }, []))) throw lost();
  const settled = await settleMeeting(d, { ...meeting, attendance, sequence: meeting.sequence + 1 });
  await refreshHealth(d, pair, now);
  d.mailNudge();
  return settled;
}
