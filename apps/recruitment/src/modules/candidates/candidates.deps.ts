import type { Principal } from '@binome/auth';
import type { PairLinkDeps } from '../pairs/pair.links';
import type { PromotionRepository } from '../promotions/promotion.repository';
import type { PartnerDirectory } from '../referrals/partner-directory';
import type { ReferralRepository } from '../referrals/referral.repository';
import type { CandidateRepository } from './candidate.repository';

/** What the candidates' use cases work with (intake steps, withdrawal, renewal, erasure, waitlists). */
export interface CandidatesDeps {
  candidates: CandidateRepository;
  promotions: PromotionRepository;
  referrals: ReferralRepository;
  partners: PartnerDirectory;
}

/** Who acts (the request id that correlates the events it causes comes from the request context). */
export interface Actor {
  principal: Principal;
}

/** What reading candidates needs: the records, the referrals of a self view, the pair projection. */
export interface CandidateReadDeps extends PairLinkDeps {
  referrals: ReferralRepository;
}
