import type { Permission, Principal } from '@binome/auth';
import { pairLinksOf } from '../../pairs/pair.links';
import { partnerViewOf } from '../../referrals/referral.entity';
import type { Reach } from '@binome/access';
import type { Candidate } from '../candidate.entity';
import type { CandidateReadDeps } from '../candidates.deps';
import { candidatePairViewOf, candidateSelfViewOf, candidateViewKind } from '../candidate.views';
import { candidateReach } from '../candidate.reach';
import { orderWaitlist, waitlistEntryOf } from '../waitlist';

/** The principal's reach into candidates, with their live pairs resolved when they hold `own-pairs`. */
export async function candidateReadReach(
  d: CandidateReadDeps,
  principal: Principal,
  permission: Permission,
): Promise<Reach<Candidate> | undefined> {
  return candidateReach(principal, permission, await pairLinksOf(d, principal, permission));
}

/**
 * Each record in the view its reach gives: staff the full record; the person their self view (with
 * their waitlist position and their referrals, minimised); a pair's mentor or Konnecteur the pair
 * view.
 */
export async function presentCandidates(d: CandidateReadDeps, principal: Principal, reach: Reach<Candidate>, items: Candidate[]) {
  return Promise.all(
    items.map(async (c) => {
      const kind = candidateViewKind(principal, reach, c);
      if (kind === 'staff') return c;
      if (kind === 'pair') return candidatePairViewOf(c);
      let waitlistRank: number | undefined;
      if (c.status === 'waitlisted' && c.promotionId) {
        const ordered = orderWaitlist((await d.candidates.waitlisted(c.territoryId, c.promotionId)).map(waitlistEntryOf));
        const i = ordered.findIndex((e) => e.candidateId === c._id);
        waitlistRank = i >= 0 ? i + 1 : undefined;
      }
      const { items: referrals } = await d.referrals.list(
        { kind: 'some', territories: [c.territoryId] },
        { candidateId: c._id, page: 1, perPage: 50 },
      );
      return candidateSelfViewOf(c, { waitlistRank, referrals: referrals.map(partnerViewOf) });
    }),
  );
}

/** A candidate within the principal's reach, in its view; another territory's, or someone else's, is simply not found. */
export async function getCandidate(d: CandidateReadDeps, principal: Principal, permission: Permission, id: string) {
  const reach = await candidateReadReach(d, principal, permission);
  const c = reach ? await d.candidates.findById(reach.scope, id, reach.filter) : null;
  if (!reach || !c) return null;
  const [view] = await presentCandidates(d, principal, reach, [c]);
  return view;
}
