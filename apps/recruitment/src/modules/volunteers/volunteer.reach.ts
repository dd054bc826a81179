import type { Permission, Principal } from '@binome/auth';
import { ownCompany, reachOf, selfByEmail, type Reach } from '../shared/reach';
import type { Referent } from '../referents/referent.entity';
import type { Volunteer } from './volunteer.entity';

/**
 * How far a principal reaches into volunteers: whole territories for staff; `own-company` for
 * company HR (their company's employees, in every territory); `self` for a volunteer (the
 * enrolments whose email is the token's verified email, or recorded with the token's subject as
 * `userId`, in the realm's territory). `own-pairs` (a Konnecteur, a beneficiary) is not served by
 * recruitment, which does not hold pairs: lists are empty, records 404.
 */
export const volunteerReach = (principal: Principal, permission: Permission): Reach<Volunteer> | undefined =>
  reachOf<Volunteer>(principal, permission, { self: selfByEmail<Volunteer>('contact.email', 'userId'), 'own-company': ownCompany<Volunteer>('companyId') });

/** Konnecteurs and Koachs are volunteers too (the `volunteers` resource), with the same reaches. */
export const referentReach = (principal: Principal, permission: Permission): Reach<Referent> | undefined =>
  reachOf<Referent>(principal, permission, { self: selfByEmail<Referent>('contact.email', 'userId'), 'own-company': ownCompany<Referent>('companyId') });
