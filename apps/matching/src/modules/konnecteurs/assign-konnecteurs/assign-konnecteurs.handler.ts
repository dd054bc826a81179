import type { Principal } from '@binome/auth';
import { assignKonnecteurs, type Konnecteur } from '@binome/matching-engine';
import { territory } from '@binome/persistence';
import { DECIDED_STATUSES } from '../../pairs/pair.entity';
import { KonnecteurAssigned, pairEvent } from '../../pairs/pair.events';
import { promotionInReach } from '../../proposals/promotion-ref';
import type { KonnecteursDeps } from '../konnecteurs.deps';

/**
 * Gives every confirmed or active pair of the promotion a Konnecteur: loads as even as the
 * capacities allow (2–3 pairs each), then the shortest distance to the pair's meeting place.
 * Pairs whose Konnecteur changes get KonnecteurAssigned.
 */
export async function assignPromotionKonnecteurs(
  d: KonnecteursDeps,
  principal: Principal,
  territoryId: string,
  promotionId: string,
  konnecteurs: (Konnecteur & { email?: string })[],
) {
  const emails = new Map(konnecteurs.flatMap((k) => (k.email ? [[k.id, k.email] as const] : [])));
  // Before anything is written: the promotion must be in that territory and the caller's reach.
  const ref = await promotionInReach(d, principal, territoryId, promotionId);
  return d.matchings.withLease(ref, async () => {
    const scope = territory(territoryId);
    const pairs = await d.pairs.ofPromotion(scope, promotionId, { statuses: DECIDED_STATUSES });
    const result = assignKonnecteurs(
      pairs.map((p) => ({ pairId: p._id, meetingPlace: p.meetingPlace })),
      konnecteurs.map(({ id, location, capacity }) => ({ id, location, capacity })),
    );
    const byId = new Map(pairs.map((p) => [p._id, p]));
    let changed = 0;
    for (const a of result.assignments) {
      const pair = byId.get(a.pairId);
      if (!pair) continue;
      const moved = pair.konnecteurId !== a.konnecteurId;
      const events = moved
        ? [
            pairEvent(KonnecteurAssigned, pair, {
              pairId: pair._id,
              territoryId,
              promotionId,
              konnecteurId: a.konnecteurId,
              previousKonnecteurId: pair.konnecteurId ?? '',
            }),
          ]
        : [];
      if (
        await d.pairs.update(
          scope,
          pair._id,
          DECIDED_STATUSES,
          { konnecteurId: a.konnecteurId, konnecteurDistanceKm: a.distanceKm, konnecteurEmail: emails.get(a.konnecteurId) ?? null },
          events,
        )
      )
        changed += moved ? 1 : 0;
    }
    return { territoryId, promotionId, pairCount: pairs.length, changed, ...result };
  });
}
