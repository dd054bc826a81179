import type { Permission, Principal } from '@binome/auth';
import { territory } from '@binome/persistence';
import { refreshHealth } from '../../health/pair-health';
import { createMeeting } from '../meeting.factory';
import type { MeetingsDeps } from '../meetings.deps';
import type { MeetingBody } from '../plan-meeting/plan-meeting.request';
import { settleMeeting } from '../record-attendance/record-attendance.handler';

/**
 * Logs a meeting that already took place, with the logger's own "it took place": it is held once
 * the other side agrees (or at once when the Konnecteur or staff logged it).
 */
export async function logMeeting(d: MeetingsDeps, principal: Principal, permission: Permission, pairId: string, body: MeetingBody) {
  const created = await createMeeting(d, principal, permission, pairId, body, 'log');
  const meeting = await settleMeeting(d, created);
  const pair = await d.pairs.findById(territory(meeting.territoryId), pairId);
  if (pair) await refreshHealth(d, pair, d.now());
  return meeting;
}
