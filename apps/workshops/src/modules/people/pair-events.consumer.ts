import { EVENTS, on, TOPICS } from '@binome/events';
import type { PairRepository } from './pair.repository';

const { PairConfirmed, PairActivated, PairDissolved, PairCompleted, KonnecteurAssigned } = EVENTS;

/** Workshops' consumer group on matching's topic. */
export const PAIRS_GROUP = 'workshops-pairs';

/**
 * Pairs from matching (`binome.matching.v1`), so that a Konnecteur registers the beneficiaries of
 * the pairs they follow: the beneficiary of each confirmed or active pair, its Konnecteur, and
 * whether it ended. The envelope's territory is authoritative; a payload without its ids goes to
 * the dead-letter topic.
 */
export function pairEventsConsumer(pairs: PairRepository, group = PAIRS_GROUP, topic: string = TOPICS.matching) {
  const live = async (e: { pairId: string; promotionId: string; beneficiaryId: string }, env: { territoryId: string }) => {
    if (!e.pairId || !env.territoryId || !e.beneficiaryId) throw new Error('pair event without pair, territory or beneficiary id');
    await pairs.record(env.territoryId, e.pairId, { promotionId: e.promotionId, beneficiaryId: e.beneficiaryId });
  };
  const ended = async (e: { pairId: string }, env: { territoryId: string }) => {
    if (!e.pairId || !env.territoryId) throw new Error('pair event without pair or territory id');
    await pairs.record(env.territoryId, e.pairId, { ended: true });
  };
  return {
    group,
    topics: [topic],
    handlers: [
      on(PairConfirmed, live),
      on(PairActivated, live),
      on(PairDissolved, ended),
      on(PairCompleted, ended),
      on(KonnecteurAssigned, async (e, env) => {
        if (!e.pairId || !env.territoryId || !e.konnecteurId)
          throw new Error('KonnecteurAssigned without pair, territory or Konnecteur id');
        await pairs.record(env.territoryId, e.pairId, { konnecteurId: e.konnecteurId });
      }),
    ],
  };
}
