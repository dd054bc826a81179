import type { FacilitatorRepository } from '../facilitators/facilitator.repository';
import type { WorkshopRepository } from '../catalogue/workshop.repository';
import type { BeneficiaryRepository } from '../people/beneficiary.repository';
import type { KonnecteurLinkRepository, PairRepository } from '../people/pair.repository';
import type { PersonMeetingRepository } from '../people/person-meeting.repository';
import type { RecruitmentClient } from '../people/recruitment.client';
import type { SessionRepository } from './session.repository';

/** What the session, registration and attendance use cases need; built once in the composition root. */
export interface SessionsDeps {
  sessions: SessionRepository;
  workshops: WorkshopRepository;
  facilitators: FacilitatorRepository;
  beneficiaries: BeneficiaryRepository;
  meetings: PersonMeetingRepository;
  pairs: PairRepository;
  konnecteurLinks: KonnecteurLinkRepository;
  recruitment: Pick<RecruitmentClient, 'ownBeneficiaryIds' | 'ownPersonIds'>;
  now: () => Date;
}
