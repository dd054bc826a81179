import type { Principal } from '@binome/auth';
import { idsFilter, pagingOf } from '@binome/http-server';
import { territory, type TenantScope } from '@binome/persistence';
import { accessTo, isStaff, ownFacilitatorIds, reachedPersonIds } from '../session-access';
import { sessionView } from '../session.views';
import type { SessionsDeps } from '../sessions.deps';
import type { ListSessionsQuery } from './list-sessions.request';

/**
 * The sessions of the caller's territories, soonest first. Who attends is shown as each session
 * allows (staff, its facilitators, the person's own registration); filtering by person is staff's.
 */
export async function listSessions(d: SessionsDeps, principal: Principal, q: ListSessionsQuery) {
  const scope: TenantScope = q.territoryId
    ? principal.scope.kind === 'all' || principal.scope.territories.includes(q.territoryId)
      ? territory(q.territoryId)
      : { kind: 'some', territories: [] }
    : principal.scope;
  const staff = isStaff(principal);
  const mine = q.mine ? await ownFacilitatorIds(d, principal) : undefined;
  const filter = {
    $and: [
      idsFilter(q.id),
      q.workshopId ? { workshopId: q.workshopId } : {},
      q.promotionId ? { promotionIds: q.promotionId } : {},
      q.facilitatorId ? { facilitatorIds: q.facilitatorId } : {},
      mine ? { facilitatorIds: { $in: mine } } : {},
      q.personId ? (staff ? { 'registrations.personId': q.personId } : { _id: { $in: [] } }) : {},
      q.atRisk === 'true' ? { status: 'scheduled', facilitatorIds: { $size: 0 } } : {},
      q.atRisk === 'false' ? { 'facilitatorIds.0': { $exists: true } } : {},
      q.from ? { startsAt: { $gte: q.from } } : {},
      q.to ? { startsAt: { $lt: q.to } } : {},
    ],
  };
  const { items, total } = await d.sessions.list(scope, filter, pagingOf(q, { startsAt: 1 }));
  // One look-up per page, not per session: the caller's facilitator records, and their own person ids per set of promotions.
  const facilitatorIds = mine ?? (staff ? [] : await ownFacilitatorIds(d, principal));
  const own = new Map<string, Promise<{ beneficiaryIds: string[]; volunteerIds: string[] }>>();
  const ownPersonIds = (token: string, territoryId: string, promotionIds: readonly string[]) => {
    const key = `${territoryId}:${[...promotionIds].sort().join(',')}`;
    if (!own.has(key)) own.set(key, d.recruitment.ownPersonIds(token, territoryId, promotionIds));
    return own.get(key) as Promise<{ beneficiaryIds: string[]; volunteerIds: string[] }>;
  };
  const recruitment = {
    ownPersonIds,
    ownBeneficiaryIds: async (token: string, territoryId: string, promotionIds: readonly string[]) =>
      (await ownPersonIds(token, territoryId, promotionIds)).beneficiaryIds,
  };
  const views = await Promise.all(
    items.map(async (s) => {
      const a = await accessTo({ ...d, recruitment }, principal, s, facilitatorIds);
      return sessionView(s, a.role, reachedPersonIds(a));
    }),
  );
  return { items: views, total };
}
