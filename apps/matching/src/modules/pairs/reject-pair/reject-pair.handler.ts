import type { Principal } from '@binome/auth';
import { matchingEvents } from '@binome/contracts';
import { territory } from '@binome/persistence';
import { promotionOfPair } from '../../proposals/promotion-ref';
import { pairLifecycle, type Pair } from '../pair.entity';
import { pairEvent, pairIds, PairWithdrawn } from '../pair.events';
import { lost, underLease } from '../pair-decisions';
import type { PairsDeps } from '../pairs.deps';

/** Staff reject a proposed pair: it leaves the proposal and the pair is banned from later runs. */
export async function rejectPair(d: PairsDeps, principal: Principal, id: string): Promise<Pair> {
  return underLease(d, principal, id, async (pair) => {
    pairLifecycle.assert(pair.status, 'withdrawn');
    const event = pairEvent(PairWithdrawn, pair, {
      ...pairIds(pair),
      reason: matchingEvents.PairWithdrawalReason.PAIR_WITHDRAWAL_REASON_REJECTED,
    });
    const ok = await d.pairs.transition(
      territory(pair.territoryId),
      id,
      'proposed',
      'withdrawn',
      principal.subject,
      [event],
      {},
      { volunteerId: pair.volunteerId },
    );
    if (!ok) throw lost();
    await d.matchings.addBan(promotionOfPair(pair), { beneficiaryId: pair.beneficiaryId, volunteerId: pair.volunteerId });
    return { ...pair, status: 'withdrawn' as const };
  });
}
