import type { Router } from 'express';
import type { z } from 'zod';
import { principalOf, requireRole } from '@binome/auth';
import { notFound } from '@binome/errors';
import { inputOf, validate } from '@binome/http-server';
import { pagingOf } from '../shared/list-query';
import { enrolVolunteer, transitionVolunteer, updateVolunteer, volunteerView, type VolunteerDeps } from './volunteer.handlers';
import {
  enrolVolunteerRequest,
  ListVolunteersQuery,
  UpdateVolunteerRequest,
  VOLUNTEER_SORT_PATHS,
  VolunteerIdParams,
  VolunteerTransitionRequest,
  type EnrolVolunteerRequest,
} from './volunteer.request';

const staff = requireRole('hq-admin', 'territory-manager');
type IdParams = z.infer<typeof VolunteerIdParams>;

export function volunteerRoutes(router: Router, deps: VolunteerDeps, territories: readonly string[], onWrite: () => void): void {
  router.post('/v1/volunteers', staff, validate({ body: enrolVolunteerRequest(territories) }), async (req, res) => {
    const volunteer = await enrolVolunteer(deps, principalOf(res), inputOf<EnrolVolunteerRequest>(res).body, String(req.id ?? ''));
    onWrite();
    res.status(201).location(`/v1/volunteers/${volunteer._id}`).json(volunteerView(volunteer));
  });

  /** Search for the console: filters, react-admin paging, total in X-Total-Count. */
  router.get('/v1/volunteers', staff, validate({ query: ListVolunteersQuery }), async (_req, res) => {
    const q = inputOf<unknown, ListVolunteersQuery>(res).query;
    const { items, total } = await deps.volunteers.search(principalOf(res).scope, q, pagingOf(q, { createdAt: -1 }, VOLUNTEER_SORT_PATHS));
    res.setHeader('X-Total-Count', String(total));
    res.setHeader('Access-Control-Expose-Headers', 'X-Total-Count');
    res.json(items.map(volunteerView));
  });

  /** A volunteer's own enrolments (matched on the token subject recorded as `userId`). */
  router.get('/v1/volunteers/me', requireRole('volunteer'), async (_req, res) => {
    const principal = principalOf(res);
    res.json((await deps.volunteers.findByUser(principal.scope, principal.subject)).map(volunteerView));
  });

  router.get('/v1/volunteers/:id', staff, validate({ params: VolunteerIdParams }), async (_req, res) => {
    const volunteer = await deps.volunteers.findById(principalOf(res).scope, inputOf<unknown, unknown, IdParams>(res).params.id);
    if (!volunteer) throw notFound('Volunteer');
    res.json(volunteerView(volunteer));
  });

  router.patch('/v1/volunteers/:id', staff, validate({ params: VolunteerIdParams, body: UpdateVolunteerRequest }), async (_req, res) => {
    const { params, body } = inputOf<UpdateVolunteerRequest, unknown, IdParams>(res);
    res.json(volunteerView(await updateVolunteer(deps, principalOf(res), params.id, body)));
  });

  router.post('/v1/volunteers/:id/transitions', staff, validate({ params: VolunteerIdParams, body: VolunteerTransitionRequest }), async (req, res) => {
    const { params, body } = inputOf<VolunteerTransitionRequest, unknown, IdParams>(res);
    const volunteer = await transitionVolunteer(deps, principalOf(res), params.id, body, String(req.id ?? ''));
    onWrite();
    res.json(volunteerView(volunteer));
  });
}
