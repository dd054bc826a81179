import { reachOf, type Reach } from '@binome/access';
import { reaches, territoryReach, type Permission, type Principal } from '@binome/auth';
import type { Filter } from '@binome/persistence';
import type { KonnecteurDirectory } from './konnecteur-directory';
import type { Survey } from './survey.entity';

/**
 * Staff reach their territory's surveys; a Konnecteur (`own-pairs`) the surveys of the pairs they
 * follow, in their realm's territory. Volunteers and beneficiaries answer through their personal
 * link (the token is the credential), not through a reach.
 */
export async function surveyReach(
  directory: KonnecteurDirectory,
  principal: Principal,
  permission: Permission,
): Promise<Reach<Survey> | undefined> {
  const konnecteur = reaches(permission, 'own-pairs') && !territoryReach(principal, permission);
  const ids = konnecteur && principal.scope.kind === 'some' ? await directory.referentIdsOf(principal) : [];
  return reachOf<Survey>(principal, permission, {
    'own-pairs': (p) => (ids.length ? { scope: p.scope, filter: { konnecteurId: { $in: ids } } as Filter<Survey> } : undefined),
  });
}
