import { EVENTS, on, TOPICS, type EventHandler } from '@binome/events';
import type { MembershipStatus } from './pair-membership.entity';
import type { PairMembershipRepository } from './pair-membership.repository';

const { PairConfirmed, PairActivated, PairDissolved, PairCompleted, KonnecteurAssigned } = EVENTS;

/** Recruitment's consumer group on matching's topic. */
export const PAIRS_GROUP = 'recruitment-pairs';

type PairPayload = { pairId: string; territoryId: string; promotionId: string; beneficiaryId: string; volunteerId: string };

/** A payload without its keys is not applied (it goes to the dead-letter topic after the retries). */
function idsOf(e: PairPayload, territoryId: string) {
  if (!e.pairId || !territoryId) throw new Error('pair event without pair or territory id');
  return { pairId: e.pairId, territoryId, promotionId: e.promotionId, beneficiaryId: e.beneficiaryId, volunteerId: e.volunteerId };
}

/**
 * Projects pair membership from matching's events (`binome.matching.v1`): confirmed, activated,
 * dissolved and completed pairs with their beneficiary and volunteer ids, and the Konnecteur who
 * follows them. The envelope's territory is authoritative (the tenant of the record). Proposals and
 * withdrawals are not projected: an undecided pair grants nothing.
 */
export function pairEventsConsumer(repository: PairMembershipRepository, group = PAIRS_GROUP, topic: string = TOPICS.matching) {
  const status = (s: MembershipStatus) => async (e: PairPayload, envelope: { territoryId: string }) =>
    repository.record(idsOf(e, envelope.territoryId), s);
  const handlers: EventHandler<unknown>[] = [
    on(PairConfirmed, status('confirmed')),
    on(PairActivated, status('active')),
    on(PairDissolved, status('dissolved')),
    on(PairCompleted, status('completed')),
    on(KonnecteurAssigned, async (e, envelope) => {
      if (!e.pairId || !envelope.territoryId || !e.konnecteurId)
        throw new Error('KonnecteurAssigned without pair, territory or Konnecteur id');
      await repository.assignKonnecteur(e.pairId, envelope.territoryId, e.konnecteurId, e.promotionId || undefined);
    }),
  ];
  return { group, topics: [topic], handlers };
}
