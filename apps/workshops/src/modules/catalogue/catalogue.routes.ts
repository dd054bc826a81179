import type { Router } from 'express';
import type { CatalogueDeps } from './catalogue.deps';
import { createWorkshopRoutes } from './create-workshop/create-workshop.routes';
import { getWorkshopRoutes } from './get-workshop/get-workshop.routes';
import { listWorkshopsRoutes } from './list-workshops/list-workshops.routes';
import { updateWorkshopRoutes } from './update-workshop/update-workshop.routes';

/** The workshop catalogue: read by the territory, edited by staff. */
export function catalogueRoutes(router: Router, d: CatalogueDeps): void {
  listWorkshopsRoutes(router, d);
  getWorkshopRoutes(router, d);
  createWorkshopRoutes(router, d);
  updateWorkshopRoutes(router, d);
}
