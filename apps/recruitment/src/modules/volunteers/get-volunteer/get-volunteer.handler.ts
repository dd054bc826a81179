import type { Permission, Principal } from '@binome/auth';
import { notFound } from '@binome/errors';
import { volunteerReadReach } from '../volunteer.reach';
import { presentVolunteers } from '../volunteer.views';
import type { VolunteerReadDeps } from '../volunteers.deps';

/** One volunteer within the principal's reach, in the view that reach gives; 404 otherwise. */
export async function getVolunteer(deps: VolunteerReadDeps, principal: Principal, permission: Permission, id: string) {
  const reach = await volunteerReadReach(deps.pairs, principal, permission);
  const volunteer = reach ? await deps.volunteers.findById(reach.scope, id, reach.filter) : null;
  if (!reach || !volunteer) throw notFound('Volunteer');
  return (await presentVolunteers(deps, principal, reach, [volunteer]))[0];
}
