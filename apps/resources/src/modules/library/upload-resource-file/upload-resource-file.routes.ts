import type { Router } from 'express';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { route } from '@binome/http-server';
import { FILE_TYPES, RESOURCE_FILE_LIMIT } from '../file-content';
import type { LibraryDeps } from '../library.deps';
import { ResourceParams } from '../library.request';
import { resourceView, ResourceViewSchema } from '../resource.views';
import { uploadResourceFile } from './upload-resource-file.handler';
import { FileBody, UploadQuery } from './upload-resource-file.request';

export function uploadResourceFileRoutes(router: Router, d: LibraryDeps): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/resources/:id/files',
      operationId: 'uploadResourceFile',
      summary: 'Déposer un fichier comme nouvelle version (type vérifié sur le contenu, 5 Mo au plus)',
      summaryEn: 'Upload a file as a new version (type checked from the bytes, 5 MB at most)',
      description: `The body is the file's bytes, with its Content-Type: one of ${Object.keys(FILE_TYPES).join(', ')}.`,
      tags: ['ressources'],
      access: authorize('resources', 'write', { serves: TERRITORY_REACHES }),
      request: { params: ResourceParams, query: UploadQuery, body: FileBody, bodyType: 'binary', bodyLimit: RESOURCE_FILE_LIMIT },
      responses: {
        201: { description: 'La ressource / the resource', schema: ResourceViewSchema },
        409: { description: 'Modifiée entre-temps / changed meanwhile' },
      },
    },
    async ({ params, query, body }, { principal, permission, req }) =>
      resourceView(
        await uploadResourceFile(d, principal, permission, params.id, {
          bytes: body,
          claimedType: req.headers['content-type'],
          filename: query.filename,
        }),
        true,
      ),
  );
}
