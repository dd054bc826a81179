import { territoryReach, type Permission, type Principal } from '@binome/auth';
import { forbidden, notFound } from '@binome/errors';
import { isStaff, withNational } from '../../library/resource.reach';
import type { GuidesDeps } from '../guides.deps';

/** The guide as written (staff of the territory, or of any territory for the national one). */
export async function getMeetingGuide(d: GuidesDeps, principal: Principal, permission: Permission, territoryId: string) {
  const scope = territoryReach(principal, permission);
  if (!scope || !isStaff(principal)) throw forbidden('Guides are edited by staff');
  const guide = await d.guides.findById(withNational(scope), territoryId);
  if (!guide) throw notFound('Meeting guide');
  return guide;
}
