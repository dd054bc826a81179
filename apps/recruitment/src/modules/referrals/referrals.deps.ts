import type { CandidateRepository } from '../candidates/candidate.repository';
import type { PartnerDirectory } from './partner-directory';
import type { ReferralRepository } from './referral.repository';

/** What the referrals' use cases work with. */
export interface ReferralDeps {
  referrals: ReferralRepository;
  candidates: CandidateRepository;
  partners: PartnerDirectory;
}
