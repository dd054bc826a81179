import type { Filter } from '@binome/persistence';
import type { Permission, Principal } from '@binome/auth';
import { pairLinksOf, type PairLinkDeps, type PairLinks } from '../pairs/pair.links';
import { ownCompany, reachOf, selfByEmail, type Reach } from '@binome/access';
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

/** Reading: the union of the principal's reaches, their live pairs resolved for `own-pairs`. */
export const volunteerReadReach = async (pairs: PairLinkDeps, principal: Principal, permission: Permission) =>
  volunteerReach(principal, permission, await pairLinksOf(pairs, principal, permission));
