import { reachOf, type Reach } from '@binome/access';
import type { Permission, Principal } from '@binome/auth';
import { notFound } from '@binome/errors';
import { allTerritories } from '@binome/persistence';
import { volunteerLedger } from '../ledger/volunteer-ledger';
import type { VolunteerFact } from '../volunteers/volunteer-fact.entity';
import type { EngagementDeps } from './engagement.deps';

/**
 * The reach on a company's volunteers: company HR their own company's, in every territory it
 * serves (explicit all-territories scope + `companyId`, as recruitment does); staff their
 * territory's; HQ all. Another company is absent (404), as an unknown one.
 */
export function companyReach(principal: Principal, permission: Permission, companyId: string): Reach<VolunteerFact> {
  const reach = reachOf<VolunteerFact>(principal, permission, {
    'own-company': (p) => (p.companyId === companyId ? { scope: allTerritories, filter: { companyId: p.companyId } } : undefined),
  });
  if (!reach) throw notFound('Company');
  return reach;
}

/**
 * One employee's skills-sponsorship hours: the training day, meetings and the promotion's events,
 * held and planned, against their cap. Ids and hours only — never a beneficiary, a pair, a place,
 * a topic or a note: company HR never reach a refugee's data.
 */
export async function employeeHours(d: EngagementDeps, v: VolunteerFact) {
  const l = await volunteerLedger(d, v.territoryId, v.volunteerId);
  return {
    volunteerId: v.volunteerId,
    territoryId: v.territoryId,
    promotionId: v.promotionId,
    companyId: v.companyId,
    capHours: l.capHours,
    heldHours: l.heldHours,
    plannedHours: l.plannedHours,
    hoursLeft: l.hoursLeft,
    bySource: l.bySource,
    heldBySource: l.heldBySource,
    ...(l.trainedOn ? { trainedOn: l.trainedOn.toISOString().slice(0, 10) } : {}),
  };
}
export type EmployeeHours = Awaited<ReturnType<typeof employeeHours>>;

export async function companyVolunteers(d: EngagementDeps, reach: Reach<VolunteerFact>, companyId: string, promotionId?: string) {
  return d.volunteers.inReach(reach.scope, { companyId, ...(promotionId ? { promotionId } : {}) }, reach.filter);
}
