import type { Router } from 'express';
import type { z } from 'zod';
import { authorize, permissionOf, principalOf, TERRITORY_REACHES } from '@binome/auth';
import { notFound } from '@binome/errors';
import { inputOf, validate } from '@binome/http-server';
import { pagingOf } from '../shared/list-query';
import { mayQueryAllFields, pagingOnly } from '@binome/access';
import { volunteerReach } from './volunteer.reach';
import { pairLinksOf, type PairLinkDeps } from '../pairs/pair.links';
import { enrolVolunteer, presentVolunteers, transitionVolunteer, updateVolunteer, volunteerView, type VolunteerDeps } from './volunteer.handlers';
import {
  enrolVolunteerRequest,
  ListVolunteersQuery,
  UpdateVolunteerRequest,
  VOLUNTEER_SORT_PATHS,
  VolunteerIdParams,
  VolunteerTransitionRequest,
  type EnrolVolunteerRequest,
} from './volunteer.request';

/** Enrolment and lifecycle are staff acts over whole territories. */
const staffWrite = authorize('volunteers', 'write', { serves: TERRITORY_REACHES });
type IdParams = z.infer<typeof VolunteerIdParams>;

export function volunteerRoutes(router: Router, deps: VolunteerDeps & { pairs: PairLinkDeps }, territories: readonly string[], onWrite: () => void): void {
  /** Reading: the union of the principal's reaches, their live pairs resolved for `own-pairs`. */
  const readReach = async (res: Parameters<typeof principalOf>[0]) =>
    volunteerReach(principalOf(res), permissionOf(res), await pairLinksOf(deps.pairs, principalOf(res), permissionOf(res)));

  router.post('/v1/volunteers', staffWrite, validate({ body: enrolVolunteerRequest(territories) }), async (req, res) => {
    const volunteer = await enrolVolunteer(deps, principalOf(res), inputOf<EnrolVolunteerRequest>(res).body, String(req.id ?? ''));
    onWrite();
    res.status(201).location(`/v1/volunteers/${volunteer._id}`).json(volunteerView(volunteer));
  });

  /** Search for the console: filters, react-admin paging, total in X-Total-Count. */
  router.get('/v1/volunteers', authorize('volunteers', 'read'), validate({ query: ListVolunteersQuery }), async (_req, res) => {
    const q = inputOf<unknown, ListVolunteersQuery>(res).query;
    const reach = await readReach(res);
    // Self and pair views: paging only, so that no filter or sort reveals a field the view hides.
    const full = reach ? mayQueryAllFields(reach, ['all-territories', 'own-territory', 'own-company']) : false;
    const { items, total } = reach
      ? full
        ? await deps.volunteers.search(reach.scope, q, pagingOf(q, { createdAt: -1 }, VOLUNTEER_SORT_PATHS), reach.filter)
        : await deps.volunteers.search(reach.scope, {}, pagingOf(pagingOnly(q), { createdAt: -1 }), reach.filter)
      : { items: [], total: 0 };
    res.setHeader('X-Total-Count', String(total));
    res.setHeader('Access-Control-Expose-Headers', 'X-Total-Count');
    res.json(reach ? await presentVolunteers(deps, principalOf(res), reach, items) : []);
  });

  /** A volunteer's own enrolments (the token's verified email, or its subject recorded as `userId`). */
  router.get('/v1/volunteers/me', authorize('volunteers', 'read', { serves: ['self'] }), async (_req, res) => {
    const reach = volunteerReach(principalOf(res), permissionOf(res));
    res.json(reach ? await presentVolunteers(deps, principalOf(res), reach, await deps.volunteers.findOwn(reach.scope, reach.filter)) : []);
  });

  router.get('/v1/volunteers/:id', authorize('volunteers', 'read'), validate({ params: VolunteerIdParams }), async (_req, res) => {
    const reach = await readReach(res);
    const volunteer = reach ? await deps.volunteers.findById(reach.scope, inputOf<unknown, unknown, IdParams>(res).params.id, reach.filter) : null;
    if (!reach || !volunteer) throw notFound('Volunteer');
    res.json((await presentVolunteers(deps, principalOf(res), reach, [volunteer]))[0]);
  });

  /** Profile changes: staff in their territories, company HR for their employees, a volunteer their own. */
  router.patch('/v1/volunteers/:id', authorize('volunteers', 'write'), validate({ params: VolunteerIdParams, body: UpdateVolunteerRequest }), async (_req, res) => {
    const { params, body } = inputOf<UpdateVolunteerRequest, unknown, IdParams>(res);
    const reach = volunteerReach(principalOf(res), permissionOf(res));
    if (!reach) throw notFound('Volunteer');
    res.json((await presentVolunteers(deps, principalOf(res), reach, [await updateVolunteer(deps, reach, params.id, body)]))[0]);
  });

  router.post('/v1/volunteers/:id/transitions', staffWrite, validate({ params: VolunteerIdParams, body: VolunteerTransitionRequest }), async (req, res) => {
    const { params, body } = inputOf<VolunteerTransitionRequest, unknown, IdParams>(res);
    const volunteer = await transitionVolunteer(deps, principalOf(res), params.id, body, String(req.id ?? ''));
    onWrite();
    res.json(volunteerView(volunteer));
  });
}
