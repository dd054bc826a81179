import type { Router } from 'express';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { route } from '@binome/http-server';
import type { LibraryDeps } from '../library.deps';
import { ResourceParams } from '../library.request';
import { resourceView, ResourceViewSchema } from '../resource.views';
import { publishResource } from './publish-resource.handler';

export function publishResourceRoutes(router: Router, d: LibraryDeps): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/resources/:id/publish',
      operationId: 'publishResource',
      summary: 'Publier la dernière version pour ses publics',
      summaryEn: 'Publish the latest version for its audiences',
      tags: ['ressources'],
      access: authorize('resources', 'write', { serves: TERRITORY_REACHES }),
      request: { params: ResourceParams },
      responses: {
        200: { description: 'La ressource / the resource', schema: ResourceViewSchema },
        409: { description: 'Sans contenu ou modifiée entre-temps / no content or changed meanwhile' },
      },
    },
    async ({ params }, { principal, permission }) => resourceView(await publishResource(d, principal, permission, params.id), true),
  );
}
