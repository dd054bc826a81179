import type { Permission, Principal } from '@binome/auth';
import { volunteerReach } from '../volunteer.reach';
import { presentVolunteers } from '../volunteer.views';
import type { VolunteerDeps } from '../volunteers.deps';

/** A volunteer's own enrolments (the token's verified email, or its subject recorded as `userId`). */
export async function getMyVolunteerProfile(deps: VolunteerDeps, principal: Principal, permission: Permission) {
  const reach = volunteerReach(principal, permission);
  return reach ? presentVolunteers(deps, principal, reach, await deps.volunteers.findOwn(reach.scope, reach.filter)) : [];
}
