import type { Router } from 'express';
import { z } from 'zod';
import { route } from '@binome/http-server';
import type { CertificationDeps } from '../certification.deps';
import { issuerProfile } from '../credentials';

export function getIssuerProfileRoutes(router: Router, d: CertificationDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/public/issuer',
      operationId: 'getBadgeIssuer',
      summary: 'Le profil de l’émetteur des badges (Open Badges 3.0)',
      summaryEn: 'The badge issuer profile (Open Badges 3.0)',
      tags: ['certification'],
      access: 'public',
      responses: { 200: { description: 'Profile', schema: z.object({}).passthrough() } },
    },
    async () => issuerProfile(d.publicUrl),
  );
}
