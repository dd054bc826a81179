import type { Permission, Principal } from '@binome/auth';
import { territory } from '@binome/persistence';
import { pairInReach } from '../../pairs/pair-schedule.reach';
import { meetingView } from '../meeting.views';
import type { MeetingsDeps } from '../meetings.deps';

/** A pair's meetings, oldest first (a pair has a few dozen at most). */
export async function listMeetings(d: MeetingsDeps, principal: Principal, permission: Permission, pairId: string) {
  const { pair } = await pairInReach(d, principal, permission, pairId);
  const items = (await d.meetings.ofPair(territory(pair.territoryId), pair._id)).map(meetingView);
  return { items, total: items.length };
}
