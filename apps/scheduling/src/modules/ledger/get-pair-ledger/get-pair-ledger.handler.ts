import type { Permission, Principal } from '@binome/auth';
import { pairInReach } from '../../pairs/pair-schedule.reach';
import type { MeetingsDeps } from '../../meetings/meetings.deps';
import { forecastPlan } from '../time-ledger';
import { volunteerLedger } from '../volunteer-ledger';

/**
 * The pair's volunteer's hours against the cap of their territory (the training day, meetings and
 * calendar events, planned and held), and the plan's forecast under the same figures.
 */
export async function getPairLedger(d: MeetingsDeps, principal: Principal, permission: Permission, pairId: string) {
  const { pair } = await pairInReach(d, principal, permission, pairId);
  const { policy, trainedOn: _trainedOn, heldBySource: _held, ...ledger } = await volunteerLedger(d, pair.territoryId, pair.volunteerId);
  return { pairId: pair._id, volunteerId: pair.volunteerId, ...ledger, forecast: forecastPlan(undefined, policy) };
}
