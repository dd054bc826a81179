import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import type { LibraryDeps } from '../library.deps';
import { ResourceParams } from '../library.request';
import { resourceView, ResourceViewSchema } from '../resource.views';
import { resourceInReach } from './get-resource.handler';

export function getResourceRoutes(router: Router, d: LibraryDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/resources/:id',
      operationId: 'getResource',
      summary: 'Une ressource (dernière version pour l’équipe, version publiée pour ses publics)',
      summaryEn: 'A resource (latest version for staff, the published one for its audiences)',
      tags: ['ressources'],
      access: authorize('resources', 'read'),
      request: { params: ResourceParams },
      responses: { 200: { description: 'La ressource / the resource', schema: ResourceViewSchema } },
    },
    async ({ params }, { principal, permission }) => {
      const { resource, staff } = await resourceInReach(d, principal, permission, params.id);
      return resourceView(resource, staff);
    },
  );
}
