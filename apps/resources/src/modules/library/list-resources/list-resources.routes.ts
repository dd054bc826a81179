import type { Router } from 'express';
import { z } from 'zod';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import type { LibraryDeps } from '../library.deps';
import { ResourceViewSchema } from '../resource.views';
import { listResources } from './list-resources.handler';
import { ListResourcesQuery } from './list-resources.request';

export function listResourcesRoutes(router: Router, d: LibraryDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/resources',
      operationId: 'listResources',
      summary: 'Chercher dans la bibliothèque (public, thème, langue, territoire)',
      summaryEn: 'Search the library (audience, topic, language, territory)',
      tags: ['ressources'],
      access: authorize('resources', 'read'),
      request: { query: ListResourcesQuery },
      list: true,
      responses: { 200: { description: 'Les ressources / the resources', schema: z.array(ResourceViewSchema) } },
    },
    async ({ query }, { principal, permission }) => listResources(d, principal, permission, query),
  );
}
