import type { Router } from 'express';
import { z } from 'zod';
import { authorize } from '@binome/auth';
import { reply, route } from '@binome/http-server';
import { Id } from '../../meetings/meetings.request';
import type { EngagementDeps } from '../engagement.deps';
import { ENGAGEMENT_REACHES } from '../list-engagement-hours/list-engagement-hours.routes';
import { downloadAttestation } from './download-attestation.handler';

export function downloadAttestationRoutes(router: Router, d: EngagementDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/companies/:companyId/volunteers/:volunteerId/attestation.pdf',
      operationId: 'downloadAttestation',
      summary: 'Attestation de mécénat de compétences d’un salarié (PDF)',
      summaryEn: "An employee's skills-sponsorship attestation (PDF)",
      tags: ['mécénat'],
      access: authorize('engagement-hours', 'read', { serves: ENGAGEMENT_REACHES }),
      request: { params: z.object({ companyId: Id, volunteerId: Id }) },
      responses: { 200: { description: 'PDF', contentType: 'application/pdf', schema: z.string() } },
    },
    async ({ params }, { principal, permission }) =>
      reply({
        status: 200,
        body: await downloadAttestation(d, principal, permission, params.companyId, params.volunteerId),
        contentType: 'application/pdf',
        headers: {
          'content-disposition': `attachment; filename="attestation-${params.volunteerId}.pdf"`,
          'cache-control': 'private, no-store',
        },
      }),
  );
}
