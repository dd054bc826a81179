import type { Principal } from '@binome/auth';
import { notFound } from '@binome/errors';
import type { CatalogueDeps } from '../catalogue.deps';
import { workshopView } from '../workshop.views';
import type { UpdateWorkshopBody } from './update-workshop.request';

/** Edits a workshop of the caller's territory (partners offering it, retirement with `active: false`). */
export async function updateWorkshop(d: CatalogueDeps, principal: Principal, id: string, body: UpdateWorkshopBody) {
  const w = await d.workshops.findById(principal.scope, id);
  if (!w) throw notFound('Workshop');
  const set = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
  if (!(await d.workshops.update(w.territoryId, w._id, set))) throw notFound('Workshop');
  return workshopView({ ...w, ...set });
}
