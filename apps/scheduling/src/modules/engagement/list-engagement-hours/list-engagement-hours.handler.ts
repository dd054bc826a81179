import type { Permission, Principal } from '@binome/auth';
import type { EngagementDeps } from '../engagement.deps';
import { companyReach, companyVolunteers, employeeHours } from '../engagement-hours';

/** Hours per employee of a company, per promotion, with the company's totals. */
export async function listEngagementHours(
  d: EngagementDeps,
  principal: Principal,
  permission: Permission,
  companyId: string,
  promotionId?: string,
) {
  const reach = companyReach(principal, permission, companyId);
  const items = await Promise.all((await companyVolunteers(d, reach, companyId, promotionId)).map((v) => employeeHours(d, v)));
  return { items, total: items.length };
}
