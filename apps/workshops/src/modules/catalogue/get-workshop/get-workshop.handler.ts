import type { Principal } from '@binome/auth';
import { notFound } from '@binome/errors';
import type { CatalogueDeps } from '../catalogue.deps';
import { workshopView } from '../workshop.views';

/** A workshop of the caller's territories; another territory's is 404, as an unknown id. */
export async function getWorkshop(d: CatalogueDeps, principal: Principal, id: string) {
  const w = await d.workshops.findById(principal.scope, id);
  if (!w) throw notFound('Workshop');
  return workshopView(w);
}
