import type { Principal } from '@binome/auth';
import { notFound } from '@binome/errors';
import { territory } from '@binome/persistence';
import type { SessionsDeps } from '../../sessions/sessions.deps';
import { allSeats, assiduityOf } from '../assiduity';

/** A workshop's assiduity over its past sessions (staff). */
export async function getWorkshopAssiduity(d: SessionsDeps, principal: Principal, workshopId: string) {
  const w = await d.workshops.findById(principal.scope, workshopId);
  if (!w) throw notFound('Workshop');
  const sessions = await d.sessions.ofWorkshop(territory(w.territoryId), w._id);
  return { workshopId: w._id, sessions: sessions.length, assiduity: assiduityOf(allSeats(sessions), d.now()) };
}
