import { territory } from '@binome/persistence';
import { badgeRevoked } from '../../certification/badge.events';
import type { ErasureDeps } from '../erasure.deps';

/**
 * A person erased in recruitment: their badges are revoked (reason `erasure`: the status list says
 * so to anyone holding a credential) and lose the name they chose, and their training progress is
 * removed, as are the workshop competencies the guides knew of. Idempotent: a revoked badge stays as it is, removed progress is gone.
 */
export async function erasePerson(d: ErasureDeps, territoryId: string, personId: string) {
  const scope = territory(territoryId);
  const badges = await d.badges.findMany(scope, { 'recipient.id': personId });
  let revoked = 0;
  for (const b of badges) {
    const at = d.now();
    const set = {
      display: { kind: 'identifier' },
      updatedAt: at,
      ...(b.revoked ? {} : { revoked: { at, by: 'erasure', reason: 'erasure' } }),
    };
    if (await d.badges.compareAndSet(scope, b._id, {}, { $set: set }, b.revoked ? [] : [badgeRevoked(b, 'erasure')]))
      revoked += b.revoked ? 0 : 1;
  }
  const completions = await d.completions.removeOfPerson(territoryId, personId);
  await d.attendance.removeOfPerson(territoryId, personId);
  return { revoked, completions };
}
