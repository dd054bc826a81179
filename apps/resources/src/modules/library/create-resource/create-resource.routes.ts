import type { Router } from 'express';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { route } from '@binome/http-server';
import type { LibraryDeps } from '../library.deps';
import { resourceView, ResourceViewSchema } from '../resource.views';
import { createResource } from './create-resource.handler';
import { CreateResourceBody } from './create-resource.request';

export function createResourceRoutes(router: Router, d: LibraryDeps): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/resources',
      operationId: 'createResource',
      summary: 'Créer une ressource (brouillon)',
      summaryEn: 'Create a resource (draft)',
      tags: ['ressources'],
      access: authorize('resources', 'write', { serves: TERRITORY_REACHES }),
      request: { body: CreateResourceBody },
      responses: { 201: { description: 'La ressource / the resource', schema: ResourceViewSchema } },
    },
    async ({ body }, { principal, permission }) => resourceView(await createResource(d, principal, permission, body), true),
  );
}
