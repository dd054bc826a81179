import type { Router } from 'express';
import { createResourceRoutes } from './create-resource/create-resource.routes';
import { downloadResourceFileRoutes } from './download-resource-file/download-resource-file.routes';
import { getResourceVersionRoutes } from './get-resource-version/get-resource-version.routes';
import { getResourceRoutes } from './get-resource/get-resource.routes';
import type { LibraryDeps } from './library.deps';
import { listResourcesRoutes } from './list-resources/list-resources.routes';
import { publishResourceRoutes } from './publish-resource/publish-resource.routes';
import { reviseResourceRoutes } from './revise-resource/revise-resource.routes';
import { uploadResourceFileRoutes } from './upload-resource-file/upload-resource-file.routes';

/** The library: resources by audience and territory, versioned, markdown or files. */
export function libraryRoutes(router: Router, d: LibraryDeps): void {
  createResourceRoutes(router, d);
  listResourcesRoutes(router, d);
  getResourceRoutes(router, d);
  reviseResourceRoutes(router, d);
  uploadResourceFileRoutes(router, d);
  publishResourceRoutes(router, d);
  getResourceVersionRoutes(router, d);
  downloadResourceFileRoutes(router, d);
}
