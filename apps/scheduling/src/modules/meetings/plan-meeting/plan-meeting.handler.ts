import type { Permission, Principal } from '@binome/auth';
import { territory } from '@binome/persistence';
import { refreshHealth } from '../../health/pair-health';
import { createMeeting } from '../meeting.factory';
import type { MeetingsDeps } from '../meetings.deps';
import type { MeetingBody } from './plan-meeting.request';

/** Plans a future meeting of a confirmed or active pair (a participant, the Konnecteur, staff). */
export async function planMeeting(d: MeetingsDeps, principal: Principal, permission: Permission, pairId: string, body: MeetingBody) {
  const meeting = await createMeeting(d, principal, permission, pairId, body, 'plan');
  const pair = await d.pairs.findById(territory(meeting.territoryId), pairId);
  if (pair) await refreshHealth(d, pair, d.now());
  return meeting;
}
