import type { Router } from 'express';
import { randomUUID } from 'node:crypto';
import { authorize, permissionOf, principalOf, TERRITORY_REACHES } from '@binome/auth';
import { notFound } from '@binome/errors';
import { inputOf, validate } from '@binome/http-server';
import { locateTown } from '../candidates/town-gazetteer';
import { createPartner, updatePartner } from '../organisations/partner.handlers';
import { pagingOf } from '../shared/list-query';
import { referentReach } from '../volunteers/volunteer.reach';
import type { Referent, ReferentKind } from './referent.entity';
import type { ReferentRepository } from './referent.repository';
import {
  createReferentRequest,
  ListReferentsQuery,
  ReferentIdParams,
  updateReferentRequest,
  type CreateReferentRequest,
  type UpdateReferentRequest,
} from './referent.request';

/** Konnecteurs and Koachs are the `volunteers` resource; creating and editing them is a staff act. */
const staff = authorize('volunteers', 'write', { serves: TERRITORY_REACHES });
const PATHS: Record<ReferentKind, string> = { konnecteur: '/v1/konnecteurs', koach: '/v1/koachs' };
const LABELS: Record<ReferentKind, string> = { konnecteur: 'Konnecteur', koach: 'Koach' };

/** Konnecteurs and Koachs: create, list, get, update; same territory rules as partner records. */
export function referentRoutes(router: Router, repository: ReferentRepository, territories: readonly string[]): void {
  for (const kind of ['konnecteur', 'koach'] as const) {
    const path = PATHS[kind];
    router.post(path, staff, validate({ body: createReferentRequest(kind, territories) }), async (_req, res) => {
      const b = inputOf<CreateReferentRequest>(res).body;
      const doc = await createPartner<Referent>(repository, principalOf(res), {
        id: randomUUID(),
        kind,
        territoryId: b.territoryId,
        identity: { firstName: b.firstName, lastName: b.lastName },
        contact: { email: b.email, ...(b.phone ? { phone: b.phone } : {}) },
        ...(b.userId ? { userId: b.userId } : {}),
        ...(b.companyId ? { companyId: b.companyId } : {}),
        town: b.town,
        ...(locateTown(b.town, b.territoryId[0]) ? { location: locateTown(b.town, b.territoryId[0]) } : {}),
        availability: b.availability,
        capacity: b.capacity,
        topics: b.topics,
        active: true,
      });
      res.status(201).location(`${path}/${doc._id}`).json(doc);
    });

    router.get(path, authorize('volunteers', 'read'), validate({ query: ListReferentsQuery }), async (_req, res) => {
      const q = inputOf<unknown, ListReferentsQuery>(res).query;
      const reach = referentReach(principalOf(res), permissionOf(res));
      const { items, total } = reach
        ? await repository.search(reach.scope, kind, q, pagingOf(q, { 'identity.lastName': 1 }, { lastName: 'identity.lastName' }), reach.filter)
        : { items: [], total: 0 };
      res.setHeader('X-Total-Count', String(total));
      res.setHeader('Access-Control-Expose-Headers', 'X-Total-Count');
      res.json(items);
    });

    router.get(`${path}/:id`, authorize('volunteers', 'read'), validate({ params: ReferentIdParams }), async (_req, res) => {
      const reach = referentReach(principalOf(res), permissionOf(res));
      const doc = reach ? await repository.findById(reach.scope, inputOf<unknown, unknown, { id: string }>(res).params.id, reach.filter) : null;
      if (!doc || doc.kind !== kind) throw notFound(LABELS[kind]);
      res.json(doc);
    });

    router.patch(`${path}/:id`, staff, validate({ params: ReferentIdParams, body: updateReferentRequest(kind, territories) }), async (_req, res) => {
      const { params, body } = inputOf<UpdateReferentRequest, unknown, { id: string }>(res);
      const current = await repository.findById(principalOf(res).scope, params.id);
      if (!current || current.kind !== kind) throw notFound(LABELS[kind]);
      const patch: Partial<Referent> = { ...body };
      if (body.town) {
        const location = locateTown(body.town, (body.territoryId ?? current.territoryId)[0]);
        if (location) patch.location = location;
      }
      res.json(await updatePartner<Referent>(repository, principalOf(res), params.id, patch, LABELS[kind]));
    });
  }
}
