import type { Filter } from '@binome/persistence';
import type { Permission, Principal } from '@binome/auth';
import type { PairLinks } from '../pairs/pair.links';
import { reachOf, selfByEmail, type Reach } from '@binome/access';
import type { Candidate } from './candidate.entity';

/**
 * How far a principal reaches into candidates, the union of the rules they hold: whole territories
 * for staff; `self` for a beneficiary (the candidate whose email is the token's verified email, in
 * the realm's territory); `own-pairs` for a Konnecteur or a volunteer (the beneficiaries of their
 * live pairs, from the pair membership projection: `pairLinksOf`). Without `pairs` (gRPC, writes)
 * `own-pairs` reaches nothing: matching resolves a participant's own pairs through the candidate
 * records this returns, which must stay their own.
 */
export const candidateReach = (principal: Principal, permission: Permission, pairs?: PairLinks): Reach<Candidate> | undefined =>
  reachOf<Candidate>(principal, permission, {
    self: selfByEmail<Candidate>('contact.email'),
    'own-pairs': (p) => (pairs ? { scope: p.scope, filter: { _id: { $in: pairs.candidateIds } } as Filter<Candidate> } : undefined),
  });
