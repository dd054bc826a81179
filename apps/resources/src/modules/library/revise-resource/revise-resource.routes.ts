import type { Router } from 'express';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { route } from '@binome/http-server';
import type { LibraryDeps } from '../library.deps';
import { ResourceParams } from '../library.request';
import { resourceView, ResourceViewSchema } from '../resource.views';
import { reviseResource } from './revise-resource.handler';
import { ReviseResourceBody } from './revise-resource.request';

export function reviseResourceRoutes(router: Router, d: LibraryDeps): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/resources/:id/versions',
      operationId: 'reviseResource',
      summary: 'Nouvelle version d’une ressource (les précédentes restent lisibles)',
      summaryEn: 'New version of a resource (earlier ones stay readable)',
      tags: ['ressources'],
      access: authorize('resources', 'write', { serves: TERRITORY_REACHES }),
      request: { params: ResourceParams, body: ReviseResourceBody },
      responses: {
        201: { description: 'La ressource / the resource', schema: ResourceViewSchema },
        409: { description: 'Modifiée entre-temps / changed meanwhile' },
      },
    },
    async ({ params, body }, { principal, permission }) =>
      resourceView(await reviseResource(d, principal, permission, params.id, body), true),
  );
}
