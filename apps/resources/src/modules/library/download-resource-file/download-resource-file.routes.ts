import type { Router } from 'express';
import { z } from 'zod';
import { authorize } from '@binome/auth';
import { reply, route } from '@binome/http-server';
import type { LibraryDeps } from '../library.deps';
import { VersionParams } from '../library.request';
import { downloadResourceFile } from './download-resource-file.handler';

export function downloadResourceFileRoutes(router: Router, d: LibraryDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/resources/:id/versions/:version/file',
      operationId: 'downloadResourceFile',
      summary: 'Télécharger le fichier d’une version',
      summaryEn: 'Download the file of a version',
      tags: ['ressources'],
      access: authorize('resources', 'read'),
      request: { params: VersionParams },
      responses: { 200: { description: 'Le fichier / the file', contentType: 'application/octet-stream', schema: z.string() } },
    },
    async ({ params }, { principal, permission }) => {
      const { bytes, file } = await downloadResourceFile(d, principal, permission, params.id, params.version);
      return reply({
        status: 200,
        body: bytes,
        contentType: file.contentType,
        headers: {
          'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
          'x-content-type-options': 'nosniff',
          'cache-control': 'private, no-store',
        },
      });
    },
  );
}
