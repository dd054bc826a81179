import type { Permission, Principal } from '@binome/auth';
import { forbidden } from '@binome/errors';
import { pairInReach } from '../pairs/pair-schedule.reach';
import { feedIdOf } from './calendar-feed.entity';
import type { CalendarDeps } from './calendar.deps';

/** The caller as a participant of the pair: a feed is a person's own, staff have none here. */
export async function feedPerson(d: CalendarDeps, principal: Principal, permission: Permission, pairId: string) {
  const { pair, side } = await pairInReach(d, principal, permission, pairId);
  if (side === 'programme') throw forbidden('A calendar feed is a participant’s own: staff read the meetings instead');
  const personId = side === 'beneficiary' ? pair.beneficiaryId : pair.volunteerId;
  return { territoryId: pair.territoryId, personKind: side, personId, id: feedIdOf(pair.territoryId, side, personId) };
}
