import type { Permission, Principal } from '@binome/auth';
import { territory } from '@binome/persistence';
import { pairInReach } from '../../pairs/pair-schedule.reach';
import type { MeetingsDeps } from '../../meetings/meetings.deps';
import { cadenceHealth } from '../cadence';
import { cadencePolicyOf } from '../../territory-policy';

/** A pair's cadence health as of now (computed on read: time alone worsens it). */
export async function getPairHealth(d: MeetingsDeps, principal: Principal, permission: Permission, pairId: string) {
  const { pair } = await pairInReach(d, principal, permission, pairId);
  const health = cadenceHealth(
    pair.startedOn,
    await d.meetings.ofPair(territory(pair.territoryId), pair._id),
    d.now(),
    cadencePolicyOf(d.policies, pair.territoryId),
  );
  return {
    pairId: pair._id,
    territoryId: pair.territoryId,
    ...health,
    startedOn: pair.startedOn.toISOString(),
    ...(pair.konnecteurId ? { konnecteurId: pair.konnecteurId } : {}),
  };
}
