import type { Permission, Principal } from '@binome/auth';
import { pairInReach } from '../../pairs/pair-schedule.reach';
import type { MeetingsDeps } from '../../meetings/meetings.deps';
import { forecastPlan, ledgerOf } from '../time-ledger';

/** The pair's volunteer's hours against the cap (meetings planned and held), and the plan's forecast. */
export async function getPairLedger(d: MeetingsDeps, principal: Principal, permission: Permission, pairId: string) {
  const { pair } = await pairInReach(d, principal, permission, pairId);
  const ledger = ledgerOf(await d.meetings.ofVolunteer(pair.territoryId, pair.volunteerId));
  return { pairId: pair._id, volunteerId: pair.volunteerId, ...ledger, forecast: forecastPlan() };
}
