import type { PartnerCompanyRepository } from '../organisations/partner-company.repository';
import type { PairLinkDeps } from '../pairs/pair.links';
import type { PromotionRepository } from '../promotions/promotion.repository';
import type { VolunteerRepository } from './volunteer.repository';

/** What the volunteers' use cases work with (people-import's volunteer import too). */
export interface VolunteerDeps {
  volunteers: VolunteerRepository;
  companies: PartnerCompanyRepository;
  promotions: PromotionRepository;
}

/** Reads also resolve the principal's live pairs, for the `own-pairs` reach. */
export type VolunteerReadDeps = VolunteerDeps & { pairs: PairLinkDeps };
