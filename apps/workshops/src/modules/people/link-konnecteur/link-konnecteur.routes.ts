import type { Router } from 'express';
import { z } from 'zod';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { route } from '@binome/http-server';
import type { KonnecteurLinkRepository } from '../pair.repository';
import { linkKonnecteur } from './link-konnecteur.handler';
import { KonnecteurParams, LinkKonnecteurBody } from './link-konnecteur.request';

const KonnecteurLinkViewSchema = z.object({ territoryId: z.string(), konnecteurId: z.string(), email: z.string(), updatedAt: z.string() });

export function linkKonnecteurRoutes(router: Router, d: { konnecteurLinks: KonnecteurLinkRepository }): void {
  route(
    router,
    {
      method: 'put',
      path: '/v1/territories/:territoryId/konnecteurs/:konnecteurId',
      operationId: 'linkWorkshopKonnecteur',
      summary: 'Relier un Konnecteur (id de référent) à son compte : il inscrit les bénéficiaires de ses binômes',
      summaryEn: 'Link a Konnecteur (referent id) to their account: they register their pairs’ beneficiaries',
      tags: ['ateliers'],
      access: authorize('workshops', 'write', { serves: TERRITORY_REACHES }),
      request: { params: KonnecteurParams, body: LinkKonnecteurBody },
      responses: { 200: { description: 'Le lien / the link', schema: KonnecteurLinkViewSchema } },
    },
    async ({ params, body }, { principal }) => linkKonnecteur(d, principal, params.territoryId, params.konnecteurId, body),
  );
}
