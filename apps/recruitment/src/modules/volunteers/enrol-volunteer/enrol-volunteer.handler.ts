import { randomUUID } from 'node:crypto';
import { assertTerritory, type Principal } from '@binome/auth';
import { validationFailed } from '@binome/errors';
import type { Volunteer } from '../volunteer.entity';
import { newVolunteer } from '../volunteer.factory';
import { referenceChecker } from '../volunteer-references';
import type { VolunteerDeps } from '../volunteers.deps';
import type { EnrolVolunteerRequest } from './enrol-volunteer.request';

export async function enrolVolunteer(deps: VolunteerDeps, principal: Principal, input: EnrolVolunteerRequest): Promise<Volunteer> {
  assertTerritory(principal, input.territoryId);
  const issues = await referenceChecker(deps, input.territoryId)(input);
  if (issues.length) throw validationFailed(issues.map((i) => ({ ...i, field: `body.${i.field}` })));
  const { volunteer, events } = newVolunteer(input, principal.subject, randomUUID());
  await deps.volunteers.insert(volunteer, events);
  return volunteer;
}
