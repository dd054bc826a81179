import type { Filter } from '@binome/persistence';
import type { Permission, Principal } from '@binome/auth';
import type { PairLinks } from '../pairs/pair.links';
import { isSelf, ownCompany, reachOf, selfByEmail, staffReaches, type Reach } from '@binome/access';
import type { Referent } from '../referents/referent.entity';
import type { Volunteer } from './volunteer.entity';

/**
 * How far a principal reaches into volunteers, the union of the rules they hold: whole territories
 * for staff; `own-company` for company HR (their company's employees, in every territory); `self`
 * for a volunteer (the enrolments whose email is the token's verified email, or recorded with the
 * token's subject as `userId`, in the realm's territory); `own-pairs` for a Konnecteur or a
 * beneficiary (the volunteers of their live pairs, from the pair membership projection:
 * `pairLinksOf`). Without `pairs` (gRPC, writes) `own-pairs` reaches nothing.
 */
export const volunteerReach = (principal: Principal, permission: Permission, pairs?: PairLinks): Reach<Volunteer> | undefined =>
  reachOf<Volunteer>(principal, permission, {
    self: selfByEmail<Volunteer>('contact.email', 'userId'),
    'own-company': ownCompany<Volunteer>('companyId'),
    'own-pairs': (p) => (pairs ? { scope: p.scope, filter: { _id: { $in: pairs.volunteerIds } } as Filter<Volunteer> } : undefined),
  });

/**
 * Konnecteurs and Koachs are volunteers too (the `volunteers` resource), with the same reaches but
 * `own-pairs`: the pair projection links people to pairs, not to their Konnecteur's record, so a
 * beneficiary or a volunteer does not read referents here (matching names the pair's Konnecteur).
 */
export const referentReach = (principal: Principal, permission: Permission): Reach<Referent> | undefined =>
  reachOf<Referent>(principal, permission, { self: selfByEmail<Referent>('contact.email', 'userId'), 'own-company': ownCompany<Referent>('companyId') });

export type VolunteerViewKind = 'staff' | 'company' | 'self' | 'pair';

/** Through which of the reach's rules a returned record is seen: the view it gets. */
export function volunteerViewKind(principal: Principal, reach: Reach<Volunteer>, v: Volunteer): VolunteerViewKind {
  if (staffReaches(reach, v.territoryId)) return 'staff';
  if (reach.parts.some((p) => p.rule === 'own-company') && !!principal.companyId && v.companyId === principal.companyId) return 'company';
  if (reach.parts.some((p) => p.rule === 'self') && isSelf(principal, v)) return 'self';
  return 'pair';
}
