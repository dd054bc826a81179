import type { Principal } from '@binome/auth';
import { territory } from '@binome/persistence';
import { approvePair } from '../approve-pair/approve-pair.handler';
import { pairLifecycle, type DissolutionReason, type Pair, type PairStatus } from '../pair.entity';
import { DISSOLUTION_REASON_CODES, pairEvent, pairIds, PairActivated, PairCompleted, PairDissolved } from '../pair.events';
import { loadPair, lost } from '../pair-decisions';
import type { PairsDeps } from '../pairs.deps';
import { rejectPair } from '../reject-pair/reject-pair.handler';

export type LifecycleTarget = Exclude<PairStatus, 'proposed'>;

/** confirmed → active → completed, or → dissolved with a reason. */
export async function transitionPair(
  d: PairsDeps,
  principal: Principal,
  id: string,
  to: LifecycleTarget,
  dissolution?: { reason: DissolutionReason; note?: string },
): Promise<Pair> {
  if (to === 'confirmed') return approvePair(d, principal, id);
  if (to === 'withdrawn') return rejectPair(d, principal, id);
  const pair = await loadPair(d, principal, id);
  pairLifecycle.assert(pair.status, to);
  const ids = pairIds(pair);
  const event =
    to === 'active'
      ? pairEvent(PairActivated, pair, ids)
      : to === 'completed'
        ? pairEvent(PairCompleted, pair, ids)
        : pairEvent(PairDissolved, pair, {
            ...ids,
            reason: DISSOLUTION_REASON_CODES[dissolution?.reason ?? 'other'],
            previousStatus: pair.status,
          });
  const set =
    to === 'dissolved'
      ? { dissolution: { reason: dissolution?.reason ?? 'other', ...(dissolution?.note ? { note: dissolution.note } : {}) } }
      : {};
  const ok = await d.pairs.transition(territory(pair.territoryId), id, pair.status, to, principal.subject, [event], set);
  if (!ok) throw lost();
  return { ...pair, status: to, ...set };
}
