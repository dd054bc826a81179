import type { Router } from 'express';
import { z } from 'zod';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { apiSchema, reply, route } from '@binome/http-server';
import { decideInterest, expressInterest, getInterest, listInterests, type VolunteerInterestDeps } from './volunteer-interests.handler';
import { DecideInterestRequest, expressInterestRequest, InterestIdParams, ListInterestsQuery } from './volunteer-interests.request';
import { volunteerInterestView, VolunteerInterestView } from './volunteer-interest.views';

const InterestRecorded = apiSchema(
  'VolunteerInterestRecorded',
  z.object({ id: z.string().uuid(), status: z.literal('new'), territoryId: z.string() }).strict(),
);

/** Public: an employee says they would like to volunteer (the gateway rate-limits it like applications). */
export function volunteerInterestsPublicRoutes(router: Router, d: VolunteerInterestDeps, territories: readonly string[]): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/volunteer-interests',
      operationId: 'expressVolunteerInterest',
      summary: 'Proposer de devenir salarié volontaire (public)',
      summaryEn: 'Offer to volunteer (public)',
      tags: ['recrutement'],
      access: 'public',
      request: { body: expressInterestRequest(territories) },
      responses: {
        201: { description: 'Demande enregistrée / interest recorded', schema: InterestRecorded },
        409: { description: 'Déjà en attente de réponse / already waiting for an answer' },
      },
    },
    async ({ body }) => {
      const i = await expressInterest(d, body);
      return reply({ status: 201, body: { id: i._id, status: 'new', territoryId: i.territoryId } });
    },
  );
}

/** Staff read and answer the interests of their territories. */
export function volunteerInterestsRoutes(router: Router, d: VolunteerInterestDeps): void {
  const staffRead = authorize('volunteers', 'read', { serves: TERRITORY_REACHES });
  route(
    router,
    {
      method: 'get',
      path: '/v1/volunteer-interests',
      operationId: 'listVolunteerInterests',
      summary: 'Lister les propositions de salariés volontaires',
      summaryEn: 'List the offers to volunteer',
      description: 'Filtres / filters: `territoryId`, `status`.',
      tags: ['recrutement'],
      access: staffRead,
      request: { query: ListInterestsQuery },
      responses: { 200: { description: 'Une page / a page', schema: VolunteerInterestView } },
      list: true,
    },
    async ({ query }, { principal, permission }) => {
      const page = await listInterests(d, principal, permission, query);
      return { items: page.items.map(volunteerInterestView), total: page.total };
    },
  );
  route(
    router,
    {
      method: 'get',
      path: '/v1/volunteer-interests/:id',
      operationId: 'getVolunteerInterest',
      summary: 'Lire une proposition',
      summaryEn: 'Read an offer to volunteer',
      tags: ['recrutement'],
      access: staffRead,
      request: { params: InterestIdParams },
      responses: { 200: { description: 'La proposition / the offer', schema: VolunteerInterestView } },
    },
    async ({ params }, { principal, permission }) => volunteerInterestView(await getInterest(d, principal, permission, params.id)),
  );
  route(
    router,
    {
      method: 'post',
      path: '/v1/volunteer-interests/:id/decision',
      operationId: 'decideVolunteerInterest',
      summary: 'Répondre à une proposition (inscrit ou déclinée ; les données personnelles sont retirées)',
      summaryEn: 'Answer an offer (enrolled or declined; its personal data is removed)',
      tags: ['recrutement'],
      access: authorize('volunteers', 'write', { serves: TERRITORY_REACHES }),
      request: { params: InterestIdParams, body: DecideInterestRequest },
      responses: {
        200: { description: 'La proposition / the offer', schema: VolunteerInterestView },
        409: { description: 'Déjà répondue / already answered' },
      },
    },
    async ({ params, body }, { principal, permission }) =>
      volunteerInterestView(await decideInterest(d, principal, permission, params.id, body)),
  );
}
