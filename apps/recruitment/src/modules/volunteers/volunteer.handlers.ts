import { randomUUID } from 'node:crypto';
import { assertTerritory, type Principal } from '@binome/auth';
import { conflict, notFound, validationFailed, type FieldIssue } from '@binome/errors';
import { createEnvelope, TOPICS } from '@binome/events';
import { outboxEntry, type OutboxEntry } from '@binome/outbox';
import { territory } from '@binome/persistence';
import type { PartnerCompanyRepository } from '../organisations/partner-company.repository';
import type { PromotionRepository } from '../promotions/promotion.repository';
import { volunteerLifecycle, type Volunteer } from './volunteer.entity';
import { VolunteerTrained, VolunteerWithdrawn } from './volunteer.events';
import type { VolunteerRepository } from './volunteer.repository';
import type { EnrolVolunteerRequest, UpdateVolunteerRequest, VolunteerTransitionRequest } from './volunteer.request';
import type { Reach } from '@binome/access';
import { volunteerViewKind } from './volunteer.reach';
import { locateTown } from '../candidates/town-gazetteer';
import { newVolunteer } from './volunteer.factory';

export interface VolunteerDeps {
  volunteers: VolunteerRepository;
  companies: PartnerCompanyRepository;
  promotions: PromotionRepository;
}

/**
 * Checks against stored data, for one territory: the company exists, is active and serves the
 * territory; the promotion exists there and is not closed. Lookups are cached, so a CSV import of
 * 2,000 rows costs one query per distinct company and promotion. Fields are bare names; callers
 * prefix them (`body.companyId`, `line 7: companyId`).
 */
export function referenceChecker(deps: VolunteerDeps, territoryId: string) {
  const scope = territory(territoryId);
  const companies = new Map<string, ReturnType<PartnerCompanyRepository['findById']>>();
  const promotions = new Map<string, ReturnType<PromotionRepository['findById']>>();
  return async (input: Pick<EnrolVolunteerRequest, 'companyId' | 'promotionId' | 'awarenessSession'>): Promise<FieldIssue[]> => {
    const issues: FieldIssue[] = [];
    if (!companies.has(input.companyId)) companies.set(input.companyId, deps.companies.findById(scope, input.companyId));
    const company = await companies.get(input.companyId);
    if (!company) issues.push({ field: 'companyId', message: `no partner company "${input.companyId}" serves territory ${territoryId}` });
    else if (!company.active) issues.push({ field: 'companyId', message: `the partner company "${input.companyId}" is inactive` });
    const sessionCompany = input.awarenessSession?.companyId;
    if (sessionCompany && sessionCompany !== input.companyId) {
      if (!companies.has(sessionCompany)) companies.set(sessionCompany, deps.companies.findById(scope, sessionCompany));
      if (!(await companies.get(sessionCompany)))
        issues.push({ field: 'awarenessSession.companyId', message: `no partner company "${sessionCompany}" serves territory ${territoryId}` });
    }
    if (!promotions.has(input.promotionId)) promotions.set(input.promotionId, deps.promotions.findById(scope, input.promotionId));
    const promotion = await promotions.get(input.promotionId);
    if (!promotion) issues.push({ field: 'promotionId', message: `no promotion with this id in territory ${territoryId}` });
    else if (promotion.status === 'closed') issues.push({ field: 'promotionId', message: 'the promotion is closed' });
    return issues;
  };
}

export async function enrolVolunteer(deps: VolunteerDeps, principal: Principal, input: EnrolVolunteerRequest): Promise<Volunteer> {
  assertTerritory(principal, input.territoryId);
  const issues = await referenceChecker(deps, input.territoryId)(input);
  if (issues.length) throw validationFailed(issues.map((i) => ({ ...i, field: `body.${i.field}` })));
  const { volunteer, events } = newVolunteer(input, principal.subject, randomUUID());
  await deps.volunteers.insert(volunteer, events);
  return volunteer;
}

/** Profile changes of a volunteer within the caller's reach (staff: territory; HR: own company; the volunteer: self). */
export async function updateVolunteer(deps: VolunteerDeps, reach: Reach<Volunteer>, id: string, patch: UpdateVolunteerRequest): Promise<Volunteer> {
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
    const issues = await referenceChecker(deps, current.territoryId)({ companyId: current.companyId, promotionId: current.promotionId, awarenessSession });
    const bad = issues.filter((i) => i.field.startsWith('awarenessSession'));
    if (bad.length) throw validationFailed(bad.map((i) => ({ ...i, field: `body.${i.field}` })));
  }
  if (!(await deps.volunteers.update(reach.scope, id, set, reach.filter))) throw conflict('The volunteer changed meanwhile; reload and try again');
  return { ...current, ...set, updatedAt: new Date() };
}

export async function transitionVolunteer(
  deps: VolunteerDeps,
  principal: Principal,
  id: string,
  input: VolunteerTransitionRequest,
): Promise<Volunteer> {
  const current = await deps.volunteers.findById(principal.scope, id);
  if (!current) throw notFound('Volunteer');
  volunteerLifecycle.assert(current.status, input.to);
  const common = { territoryId: current.territoryId, aggregateType: 'volunteer', aggregateId: id, source: 'recruitment' };
  let set: Partial<Volunteer> = {};
  let event: OutboxEntry | undefined;
  if (input.to === 'trained') {
    set = { trained: true, training: { ...current.training, attended: true, attendedOn: input.attendedOn } };
    event = outboxEntry(
      TOPICS.recruitment,
      createEnvelope({ type: VolunteerTrained, payload: { volunteerId: id, territoryId: current.territoryId, promotionId: current.promotionId, trainedOn: input.attendedOn }, ...common }),
    );
  } else if (input.to === 'withdrawn') {
    set = { withdrawal: { reason: input.reason, ...(input.notes ? { notes: input.notes } : {}), at: new Date(), by: principal.subject } };
    event = outboxEntry(
      TOPICS.recruitment,
      createEnvelope({ type: VolunteerWithdrawn, payload: { volunteerId: id, territoryId: current.territoryId, reason: input.reason }, ...common }),
    );
  } else if (!current.trained) {
    // Belt and braces: the lifecycle already requires "trained" before "active".
    throw conflict('An untrained volunteer cannot be confirmed in a pair');
  }
  const moved = await deps.volunteers.transition(principal.scope, id, current.status, input.to, principal.subject, set, event);
  if (!moved) throw conflict('The volunteer changed meanwhile; reload and try again');
  return { ...current, ...set, status: input.to };
}

/** The API view: react-admin reads `id`. */
export const volunteerView = (v: Volunteer) => ({ id: v._id, ...v });

/**
 * A volunteer's own enrolment: everything they gave and their training and commitment, but not
 * what staff wrote about them (a withdrawal's notes, who recorded each step, history notes).
 */
export function volunteerSelfViewOf(v: Volunteer) {
  const { withdrawal, history, ...rest } = v;
  return {
    id: v._id,
    ...rest,
    view: 'self' as const,
    ...(withdrawal ? { withdrawal: { reason: withdrawal.reason, at: withdrawal.at } } : {}),
    history: (history ?? []).map((h) => ({ status: h.status, at: h.at })),
  };
}

/**
 * What the pair's beneficiary (or the Konnecteur following the pair) sees of the volunteer: first
 * name, company, job title, trade and sector — no last name, contact, workplace address nor notes.
 */
export function volunteerPairViewOf(v: Volunteer, companyName?: string) {
  return {
    _id: v._id,
    id: v._id,
    view: 'pair' as const,
    territoryId: v.territoryId,
    firstName: v.identity?.firstName,
    company: { id: v.companyId, ...(companyName ? { name: companyName } : {}) },
    jobTitle: v.jobTitle,
    trade: v.trade,
    sector: v.sector,
  };
}

/** Each record in the view its reach gives (staff and company HR: the full record, as before). */
export async function presentVolunteers(deps: VolunteerDeps, principal: Principal, reach: Reach<Volunteer>, items: Volunteer[]) {
  const names = new Map<string, Promise<string | undefined>>();
  const companyName = (v: Volunteer) => {
    const key = `${v.territoryId}/${v.companyId}`;
    if (!names.has(key)) names.set(key, deps.companies.findById(territory(v.territoryId), v.companyId).then((c) => c?.name));
    return names.get(key) as Promise<string | undefined>;
  };
  return Promise.all(
    items.map(async (v) => {
      const kind = volunteerViewKind(principal, reach, v);
      if (kind === 'staff' || kind === 'company') return volunteerView(v);
      if (kind === 'self') return volunteerSelfViewOf(v);
      return volunteerPairViewOf(v, await companyName(v));
    }),
  );
}
