import type { Permission, Principal } from '@binome/auth';
import { conflict, notFound, validationFailed } from '@binome/errors';
import type { Reach } from '@binome/access';
import { locateTown } from '../../candidates/town-gazetteer';
import type { Volunteer } from '../volunteer.entity';
import { volunteerReach } from '../volunteer.reach';
import { presentVolunteers } from '../volunteer.views';
import { referenceChecker } from '../volunteer-references';
import type { VolunteerDeps } from '../volunteers.deps';
import type { UpdateVolunteerRequest } from './update-volunteer.request';

/** Profile changes of a volunteer within the caller's reach (staff: territory; HR: own company; the volunteer: self). */
export async function updateVolunteer(
  deps: VolunteerDeps,
  reach: Reach<Volunteer>,
  id: string,
  patch: UpdateVolunteerRequest,
): Promise<Volunteer> {
  const current = await deps.volunteers.findById(reach.scope, id, reach.filter);
  if (!current) throw notFound('Volunteer');
  if (current.status === 'withdrawn') throw conflict('A withdrawn volunteer cannot be changed');
  const { trainingDayOn, awarenessSession, workplace, preferences, commitment, ...rest } = patch;
  const set: Partial<Volunteer> = { ...rest };
  if (workplace) {
    const geo = locateTown(workplace.town, current.territoryId);
    set.workplace = { ...workplace, ...(geo ? { geo } : {}) };
  }
  if (preferences) set.preferences = { sectors: preferences.sectors, ...(preferences.gender ? { gender: preferences.gender } : {}) };
  if (commitment) set.commitment = { ...commitment, acceptedAt: new Date() };
  if (trainingDayOn) set.training = { ...current.training, scheduledOn: trainingDayOn };
  if (awarenessSession) {
    set.awarenessSession = { date: awarenessSession.date, companyId: awarenessSession.companyId ?? current.companyId };
    const issues = await referenceChecker(
      deps,
      current.territoryId,
    )({ companyId: current.companyId, promotionId: current.promotionId, awarenessSession });
    const bad = issues.filter((i) => i.field.startsWith('awarenessSession'));
    if (bad.length) throw validationFailed(bad.map((i) => ({ ...i, field: `body.${i.field}` })));
  }
  if (!(await deps.volunteers.update(reach.scope, id, set, reach.filter)))
    throw conflict('The volunteer changed meanwhile; reload and try again');
  return { ...current, ...set, updatedAt: new Date() };
}

/** The change as the principal makes it, answered in the view their reach gives. */
export async function updateVolunteerAs(
  deps: VolunteerDeps,
  principal: Principal,
  permission: Permission,
  id: string,
  patch: UpdateVolunteerRequest,
) {
  const reach = volunteerReach(principal, permission);
  if (!reach) throw notFound('Volunteer');
  return (await presentVolunteers(deps, principal, reach, [await updateVolunteer(deps, reach, id, patch)]))[0];
}
