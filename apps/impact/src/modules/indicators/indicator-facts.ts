import { assertTerritory, type Principal } from '@binome/auth';
import { territory, type TenantScope } from '@binome/persistence';
import type { IndicatorFacts } from './indicators';
import type { IndicatorsDeps } from './indicators.deps';

/** The scope of a selection: one territory (checked against the caller) or all the caller reaches (the nation for HQ). */
export function selectionScope(principal: Principal, territoryId: string | undefined): TenantScope {
  if (!territoryId) return principal.scope;
  assertTerritory(principal, territoryId);
  return territory(territoryId);
}

/**
 * The projection's facts of a scope, read whole: a national year at ten times the target is
 * 3,750 pairs and some 50,000 facts, which the indicators fold in memory in milliseconds.
 */
export async function factsOf(d: IndicatorsDeps, scope: TenantScope): Promise<IndicatorFacts> {
  const r = d.facts();
  const [pairs, surveys, outcomes, meetings, applications, attendance, volunteers] = await Promise.all([
    r.pairs.everything(scope),
    r.surveys.everything(scope),
    r.outcomes.everything(scope),
    r.meetings.everything(scope),
    r.applications.everything(scope),
    r.attendance.everything(scope),
    r.volunteers.everything(scope),
  ]);
  return { pairs, surveys, outcomes, meetings, applications, attendance, companyOf: new Map(volunteers.map((v) => [v._id, v.companyId])) };
}
