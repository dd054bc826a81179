import type { Permission, Principal } from '@binome/auth';
import { ownCompany, reachOf, selfByEmail, type Reach } from '@binome/access';
import type { Referent } from './referent.entity';

/**
 * Konnecteurs and Koachs are volunteers too (the `volunteers` resource), with the same reaches but
 * `own-pairs`: the pair projection links people to pairs, not to their Konnecteur's record, so a
 * beneficiary or a volunteer does not read referents here (matching names the pair's Konnecteur).
 */
export const referentReach = (principal: Principal, permission: Permission): Reach<Referent> | undefined =>
  reachOf<Referent>(principal, permission, {
    self: selfByEmail<Referent>('contact.email', 'userId'),
    'own-company': ownCompany<Referent>('companyId'),
  });
