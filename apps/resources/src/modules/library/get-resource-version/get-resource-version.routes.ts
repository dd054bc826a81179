import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import type { LibraryDeps } from '../library.deps';
import { VersionParams } from '../library.request';
import { ResourceVersionSchema, versionView } from '../resource.views';
import { versionInReach } from './get-resource-version.handler';

export function getResourceVersionRoutes(router: Router, d: LibraryDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/resources/:id/versions/:version',
      operationId: 'getResourceVersion',
      summary: 'Une version d’une ressource',
      summaryEn: 'One version of a resource',
      tags: ['ressources'],
      access: authorize('resources', 'read'),
      request: { params: VersionParams },
      responses: { 200: { description: 'La version / the version', schema: ResourceVersionSchema } },
    },
    async ({ params }, { principal, permission }) => {
      const { resource, version, staff } = await versionInReach(d, principal, permission, params.id, params.version);
      return versionView(resource, version, staff);
    },
  );
}
