import { randomUUID } from 'node:crypto';
import { assertTerritory, type Permission, type Principal } from '@binome/auth';
import { reachOf } from '@binome/access';
import { conflict, notFound, validationFailed } from '@binome/errors';
import { pagingOf } from '@binome/http-server';
import { territory } from '@binome/persistence';
import type { VolunteerRepository } from '../volunteers/volunteer.repository';
import type { VolunteerInterest } from './volunteer-interest.entity';
import type { VolunteerInterestRepository } from './volunteer-interest.repository';
import type { DecideInterestRequest, ExpressInterestRequest, ListInterestsQuery } from './volunteer-interests.request';

export interface VolunteerInterestDeps {
  interests: VolunteerInterestRepository;
  volunteers: VolunteerRepository;
}

/** Public: records the interest with its consent; a second open one from the same email is a 409. */
export async function expressInterest(
  d: VolunteerInterestDeps,
  input: ExpressInterestRequest,
  now = new Date(),
): Promise<VolunteerInterest> {
  const { territoryId, consent, ...person } = input;
  const interest: VolunteerInterest = {
    _id: randomUUID(),
    territoryId,
    status: 'new',
    person,
    consent: { dataProcessing: { given: true, at: now, noticeVersion: consent.noticeVersion } },
    openKey: `${territoryId}:${person.email}`,
    createdAt: now,
    updatedAt: now,
  };
  await d.interests.insert(interest);
  return interest;
}

export async function listInterests(d: VolunteerInterestDeps, principal: Principal, permission: Permission, q: ListInterestsQuery) {
  const reach = reachOf<VolunteerInterest>(principal, permission);
  if (!reach) return { items: [], total: 0 };
  const filter = { ...(q.territoryId ? { territoryId: q.territoryId } : {}), ...(q.status ? { status: q.status } : {}) };
  return d.interests.findPage(reach.scope, filter, pagingOf(q, { createdAt: -1 }), reach.filter);
}

export async function getInterest(d: VolunteerInterestDeps, principal: Principal, permission: Permission, id: string) {
  const reach = reachOf<VolunteerInterest>(principal, permission);
  const found = reach ? await d.interests.findById(reach.scope, id, reach.filter) : null;
  if (!found) throw notFound('Volunteer interest');
  return found;
}

/**
 * Staff answer an interest: enrolled (the volunteer record they created from it, in the same
 * territory) or declined. Either way the interest's personal data is removed in the same write.
 */
export async function decideInterest(
  d: VolunteerInterestDeps,
  principal: Principal,
  permission: Permission,
  id: string,
  body: DecideInterestRequest,
  now = new Date(),
): Promise<VolunteerInterest> {
  const interest = await getInterest(d, principal, permission, id);
  assertTerritory(principal, interest.territoryId);
  if (interest.status !== 'new') throw conflict(`the interest is already ${interest.status}`);
  if (body.outcome === 'enrolled' && !(await d.volunteers.findById(territory(interest.territoryId), body.volunteerId)))
    throw validationFailed([{ field: 'body.volunteerId', message: `no volunteer with this id in territory ${interest.territoryId}` }]);
  const decision = {
    outcome: body.outcome,
    at: now,
    by: principal.subject,
    ...(body.outcome === 'enrolled' ? { volunteerId: body.volunteerId } : {}),
  };
  const applied = await d.interests.compareAndSet(
    territory(interest.territoryId),
    id,
    { status: 'new' },
    { $set: { status: body.outcome, decision, openKey: `decided:${id}`, updatedAt: now }, $unset: { person: '' } },
  );
  if (!applied) throw conflict('the interest was answered meanwhile');
  const { person: _removed, ...rest } = interest;
  return { ...rest, status: body.outcome, decision, openKey: `decided:${id}`, updatedAt: now };
}
