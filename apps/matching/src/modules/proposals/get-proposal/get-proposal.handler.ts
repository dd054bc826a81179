import type { Principal } from '@binome/auth';
import { matchingStateOf } from '../matching-state';
import { proposalView } from '../promotion-matching.views';
import type { ProposalsDeps } from '../proposals.deps';

/** A promotion's latest proposal, with pins and bans. */
export async function getProposal(d: Pick<ProposalsDeps, 'matchings'>, principal: Principal, promotionId: string) {
  return proposalView(await matchingStateOf(d, principal, promotionId));
}
