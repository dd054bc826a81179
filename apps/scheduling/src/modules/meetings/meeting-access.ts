import type { Permission, Principal } from '@binome/auth';
import { notFound } from '@binome/errors';
import { pairInReach, type PairAccess } from '../pairs/pair-schedule.reach';
import type { Meeting } from './meeting.entity';
import type { MeetingsDeps } from './meetings.deps';

/** A meeting through its pair's reach: 404 when the pair is out of reach, as for an unknown id. */
export async function meetingInReach(
  d: MeetingsDeps,
  principal: Principal,
  permission: Permission,
  id: string,
): Promise<PairAccess & { meeting: Meeting }> {
  const meeting = await d.meetings.findById(principal.scope, id);
  if (!meeting) throw notFound('Meeting');
  const access = await pairInReach(d, principal, permission, meeting.pairId).catch(() => {
    throw notFound('Meeting');
  });
  return { ...access, meeting };
}
