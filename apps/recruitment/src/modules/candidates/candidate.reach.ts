import type { Permission, Principal } from '@binome/auth';
import { reachOf, selfByEmail, type Reach } from '../shared/reach';
import type { Candidate } from './candidate.entity';

/**
 * How far a principal reaches into candidates: whole territories for staff; `self` for a
 * beneficiary (the candidate whose email is the token's verified email, in the realm's territory).
 * `own-pairs` (Konnecteurs, volunteers) is not served by recruitment, which does not hold pairs:
 * such principals see no candidate here (lists empty, records 404).
 */
export const candidateReach = (principal: Principal, permission: Permission): Reach<Candidate> | undefined =>
  reachOf<Candidate>(principal, permission, { self: selfByEmail<Candidate>('contact.email') });
