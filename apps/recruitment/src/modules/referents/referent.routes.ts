import type { Router } from 'express';
import { randomUUID } from 'node:crypto';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { notFound } from '@binome/errors';
import { pagingOf, reply, route } from '@binome/http-server';
import { locateTown } from '../candidates/town-gazetteer';
import { createPartner, updatePartner } from '../organisations/partner.handlers';
import { referentReach } from '../volunteers/volunteer.reach';
import type { Referent, ReferentKind } from './referent.entity';
import type { ReferentRepository } from './referent.repository';
import { createReferentRequest, ListReferentsQuery, ReferentIdParams, ReferentView, updateReferentRequest } from './referent.request';

/** Konnecteurs and Koachs are the `volunteers` resource; creating and editing them is a staff act. */
const staff = authorize('volunteers', 'write', { serves: TERRITORY_REACHES });
const readers = authorize('volunteers', 'read');
const PATHS: Record<ReferentKind, string> = { konnecteur: '/v1/konnecteurs', koach: '/v1/koachs' };
const LABELS: Record<ReferentKind, string> = { konnecteur: 'Konnecteur', koach: 'Koach' };
const tags = ['recrutement'];

/** Konnecteurs and Koachs: create, list, get, update (PATCH or PUT); same territory rules as partner records. */
export function referentRoutes(router: Router, repository: ReferentRepository, territories: readonly string[]): void {
  for (const kind of ['konnecteur', 'koach'] as const) {
    const path = PATHS[kind];
    const label = LABELS[kind];
    route(
      router,
      {
        method: 'post',
        path,
        operationId: `create${label}`,
        summary: `Créer un ${label}`,
        summaryEn: `Create a ${label}`,
        tags,
        access: staff,
        request: { body: createReferentRequest(kind, territories) },
        responses: { 201: { description: `Le ${label} / the ${label}`, schema: ReferentView }, 409: { description: 'Adresse déjà enregistrée / email already recorded' } },
      },
      async ({ body: b }, { principal }) => {
        const doc = await createPartner<Referent>(repository, principal, {
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
        return reply({ status: 201, body: doc, location: `${path}/${doc._id}` });
      },
    );

    route(
      router,
      {
        method: 'get',
        path,
        operationId: `list${label}s`,
        summary: `Lister les ${label}s`,
        summaryEn: `List ${label}s`,
        description: 'Filtres / filters: `territoryId`, `active`, `topic`, `q` (début du nom ou du prénom / a prefix of the last or first name), `id` (getMany).',
        tags,
        access: readers,
        request: { query: ListReferentsQuery },
        responses: { 200: { description: `Une page de ${label}s / a page of ${label}s`, schema: ReferentView } },
        list: true,
      },
      async ({ query }, { principal, permission }) => {
        const reach = referentReach(principal, permission);
        return reach
          ? repository.search(reach.scope, kind, query, pagingOf(query, { 'identity.lastName': 1 }, { lastName: 'identity.lastName' }), reach.filter)
          : { items: [], total: 0 };
      },
    );

    route(
      router,
      {
        method: 'get',
        path: `${path}/:id`,
        operationId: `get${label}`,
        summary: `Lire un ${label}`,
        summaryEn: `Read a ${label}`,
        tags,
        access: readers,
        request: { params: ReferentIdParams },
        responses: { 200: { description: `Le ${label} / the ${label}`, schema: ReferentView } },
      },
      async ({ params }, { principal, permission }) => {
        const reach = referentReach(principal, permission);
        const doc = reach ? await repository.findById(reach.scope, params.id, reach.filter) : null;
        if (!doc || doc.kind !== kind) throw notFound(label);
        return doc;
      },
    );

    route(
      router,
      {
        method: ['patch', 'put'],
        path: `${path}/:id`,
        operationId: `update${label}`,
        summary: `Modifier un ${label}`,
        summaryEn: `Update a ${label}`,
        tags,
        access: staff,
        request: { params: ReferentIdParams, body: updateReferentRequest(kind, territories) },
        responses: { 200: { description: `Le ${label} / the ${label}`, schema: ReferentView }, 409: { description: 'Modification concurrente / concurrent change' } },
      },
      async ({ params, body }, { principal }) => {
        const current = await repository.findById(principal.scope, params.id);
        if (!current || current.kind !== kind) throw notFound(label);
        const patch: Partial<Referent> = { ...body };
        if (body.town) {
          const location = locateTown(body.town, (body.territoryId ?? current.territoryId)[0]);
          if (location) patch.location = location;
        }
        return updatePartner<Referent>(repository, principal, params.id, patch, label);
      },
    );
  }
}
