import { assertTerritory, type Principal } from '@binome/auth';
import type { CatalogueDeps } from '../catalogue.deps';
import { workshopId, type Workshop } from '../workshop.entity';
import { workshopView } from '../workshop.views';
import type { CreateWorkshopBody } from './create-workshop.request';

/** Adds a workshop to a territory's catalogue (a slug taken there is 409). */
export async function createWorkshop(d: CatalogueDeps, principal: Principal, body: CreateWorkshopBody) {
  assertTerritory(principal, body.territoryId);
  const now = d.now();
  const w: Workshop = { _id: workshopId(body.territoryId, body.slug), ...body, active: true, createdAt: now, updatedAt: now };
  await d.workshops.insert(w);
  return workshopView(w);
}
