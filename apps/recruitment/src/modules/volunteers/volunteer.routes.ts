import type { Router } from 'express';
import { authorize, TERRITORY_REACHES, type Permission, type Principal } from '@binome/auth';
import { notFound } from '@binome/errors';
import { pagingOf, reply, route } from '@binome/http-server';
import { mayQueryAllFields, pagingOnly } from '@binome/access';
import { volunteerReach } from './volunteer.reach';
import { pairLinksOf, type PairLinkDeps } from '../pairs/pair.links';
import { enrolVolunteer, presentVolunteers, transitionVolunteer, updateVolunteer, volunteerView, type VolunteerDeps } from './volunteer.handlers';
import { enrolVolunteerRequest, ListVolunteersQuery, UpdateVolunteerRequest, VOLUNTEER_SORT_PATHS, VolunteerIdParams, VolunteerTransitionRequest } from './volunteer.request';

/** Enrolment and lifecycle are staff acts over whole territories. */
const staffWrite = authorize('volunteers', 'write', { serves: TERRITORY_REACHES });
const readers = authorize('volunteers', 'read');
const tags = ['recrutement'];

export function volunteerRoutes(router: Router, deps: VolunteerDeps & { pairs: PairLinkDeps }, territories: readonly string[]): void {
  /** Reading: the union of the principal's reaches, their live pairs resolved for `own-pairs`. */
  const readReach = async (principal: Principal, permission: Permission) => volunteerReach(principal, permission, await pairLinksOf(deps.pairs, principal, permission));

  route(
    router,
    {
      method: 'post',
      path: '/v1/volunteers',
      operationId: 'enrolVolunteer',
      summary: 'Inscrire un salarié volontaire',
      summaryEn: 'Enrol a volunteer',
      tags,
      access: staffWrite,
      request: { body: enrolVolunteerRequest(territories) },
      responses: { 201: { description: 'Le salarié volontaire / the volunteer' }, 409: { description: 'Déjà inscrit dans cette promotion / already enrolled in this promotion' } },
    },
    async ({ body }, { principal }) => {
      const volunteer = await enrolVolunteer(deps, principal, body);
      return reply({ status: 201, body: volunteerView(volunteer), location: `/v1/volunteers/${volunteer._id}` });
    },
  );

  /** Search for the console: filters, `q`, getMany, react-admin paging, total in X-Total-Count. */
  route(
    router,
    {
      method: 'get',
      path: '/v1/volunteers',
      operationId: 'listVolunteers',
      summary: 'Lister les salariés volontaires',
      summaryEn: 'List volunteers',
      tags,
      access: readers,
      request: { query: ListVolunteersQuery },
      responses: { 200: { description: 'Une page de salariés volontaires / a page of volunteers' } },
      list: true,
    },
    async ({ query }, { principal, permission }) => {
      const reach = await readReach(principal, permission);
      if (!reach) return { items: [], total: 0 };
      // Self and pair views: paging and ids only, so that no filter or sort reveals a field the view hides.
      const { items, total } = mayQueryAllFields(reach, ['all-territories', 'own-territory', 'own-company'])
        ? await deps.volunteers.search(reach.scope, query, pagingOf(query, { createdAt: -1 }, VOLUNTEER_SORT_PATHS), reach.filter)
        : await deps.volunteers.search(reach.scope, { id: query.id }, pagingOf(pagingOnly(query), { createdAt: -1 }), reach.filter);
      return { items: await presentVolunteers(deps, principal, reach, items), total };
    },
  );

  /** A volunteer's own enrolments (the token's verified email, or its subject recorded as `userId`). */
  route(
    router,
    {
      method: 'get',
      path: '/v1/volunteers/me',
      operationId: 'getMyVolunteerProfile',
      summary: 'Mon profil de salarié volontaire',
      summaryEn: 'My volunteer profile',
      tags,
      access: authorize('volunteers', 'read', { serves: ['self'] }),
      responses: { 200: { description: 'Mes inscriptions / my enrolments' } },
    },
    async (_input, { principal, permission }) => {
      const reach = volunteerReach(principal, permission);
      return reach ? presentVolunteers(deps, principal, reach, await deps.volunteers.findOwn(reach.scope, reach.filter)) : [];
    },
  );

  route(
    router,
    {
      method: 'get',
      path: '/v1/volunteers/:id',
      operationId: 'getVolunteer',
      summary: 'Lire un salarié volontaire',
      summaryEn: 'Read a volunteer',
      tags,
      access: readers,
      request: { params: VolunteerIdParams },
      responses: { 200: { description: 'Le salarié volontaire / the volunteer' } },
    },
    async ({ params }, { principal, permission }) => {
      const reach = await readReach(principal, permission);
      const volunteer = reach ? await deps.volunteers.findById(reach.scope, params.id, reach.filter) : null;
      if (!reach || !volunteer) throw notFound('Volunteer');
      return (await presentVolunteers(deps, principal, reach, [volunteer]))[0];
    },
  );

  /** Profile changes: staff in their territories, company HR for their employees, a volunteer their own. */
  route(
    router,
    {
      method: ['patch', 'put'],
      path: '/v1/volunteers/:id',
      operationId: 'updateVolunteer',
      summary: 'Modifier un salarié volontaire',
      summaryEn: 'Update a volunteer',
      tags,
      access: authorize('volunteers', 'write'),
      request: { params: VolunteerIdParams, body: UpdateVolunteerRequest },
      responses: { 200: { description: 'Le salarié volontaire / the volunteer' }, 409: { description: 'Modification concurrente / concurrent change' } },
    },
    async ({ params, body }, { principal, permission }) => {
      const reach = volunteerReach(principal, permission);
      if (!reach) throw notFound('Volunteer');
      return (await presentVolunteers(deps, principal, reach, [await updateVolunteer(deps, reach, params.id, body)]))[0];
    },
  );

  route(
    router,
    {
      method: 'post',
      path: '/v1/volunteers/:id/transitions',
      operationId: 'transitionVolunteer',
      summary: 'Faire avancer un salarié volontaire (formé, actif…)',
      summaryEn: 'Move a volunteer on (trained, active…)',
      tags,
      access: staffWrite,
      request: { params: VolunteerIdParams, body: VolunteerTransitionRequest },
      responses: { 200: { description: 'Le salarié volontaire / the volunteer' }, 409: { description: 'Transition interdite / illegal transition' } },
    },
    async ({ params, body }, { principal }) => volunteerView(await transitionVolunteer(deps, principal, params.id, body)),
  );
}
