import type { Router } from 'express';
import { z } from 'zod';
import { reply, route } from '@binome/http-server';
import type { CertificationDeps } from '../certification.deps';
import { BadgeParams } from '../certification.request';
import { hostedAssertion } from './get-hosted-assertion.handler';

export function getHostedAssertionRoutes(router: Router, d: CertificationDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/public/ob2/assertions/:id',
      operationId: 'getOb2Assertion',
      summary: 'Un badge attribué (Open Badges 2.0, vérification hébergée)',
      summaryEn: 'An awarded badge (Open Badges 2.0, hosted verification)',
      tags: ['certification'],
      access: 'public',
      request: { params: BadgeParams },
      responses: {
        200: { description: 'Assertion', schema: z.object({}).passthrough() },
        410: { description: 'Révoqué / revoked' },
      },
    },
    async ({ params }) => reply(await hostedAssertion(d, params.id)),
  );
}
