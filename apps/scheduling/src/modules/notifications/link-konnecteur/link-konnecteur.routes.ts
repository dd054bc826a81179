import type { Router } from 'express';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { route } from '@binome/http-server';
import type { Language } from '../contact.entity';
import type { ContactRepository } from '../contact.repository';
import { contactView, ContactViewSchema } from '../contact.views';
import { KonnecteurContactBody, KonnecteurParams } from '../notifications.request';
import { linkKonnecteur } from './link-konnecteur.handler';

export function linkKonnecteurRoutes(
  router: Router,
  d: { contacts: ContactRepository; now: () => Date; policies: Record<string, { language?: Language }> },
): void {
  route(
    router,
    {
      method: 'put',
      path: '/v1/territories/:territoryId/konnecteurs/:konnecteurId/contact',
      operationId: 'linkKonnecteur',
      summary: 'Relier un Konnecteur (id de référent) à son compte : accès à ses binômes, alertes par e-mail',
      summaryEn: 'Link a Konnecteur (referent id) to their account: access to their pairs, alerts by email',
      tags: ['rappels'],
      access: authorize('meetings', 'write', { serves: TERRITORY_REACHES }),
      request: { params: KonnecteurParams, body: KonnecteurContactBody },
      responses: { 200: { description: 'Le contact / the contact', schema: ContactViewSchema } },
    },
    async ({ params, body }, { principal }) =>
      contactView(await linkKonnecteur(d, principal, params.territoryId, params.konnecteurId, body)),
  );
}
