import { recruitmentV1 } from '@binome/contracts';
import type { ServiceConfig } from '@binome/config';
import { TOPICS } from '@binome/events';
import type { Logger } from '@binome/logging';
import { createServiceHost } from '@binome/service-host';
import { CandidateRepository } from './modules/candidates/candidate.repository';
import { candidateGrpc } from './modules/candidates/candidate.grpc';
import { applyRoutes } from './modules/candidates/apply/apply.routes';
import { getCandidateRoutes } from './modules/candidates/get-candidate/get-candidate.routes';
import { listCandidatesRoutes } from './modules/candidates/list-candidates/list-candidates.routes';
import { PromotionRepository } from './modules/promotions/promotion.repository';
import { promotionsRoutes } from './modules/promotions/promotions.routes';
import { promotionGrpc } from './modules/promotions/get-promotion/get-promotion.grpc';
import { PartnerOrganisationRepository } from './modules/organisations/partner-organisation.repository';
import { PartnerCompanyRepository } from './modules/organisations/partner-company.repository';
import { organisationsRoutes } from './modules/organisations/organisations.routes';
import { VolunteerRepository } from './modules/volunteers/volunteer.repository';
import { volunteersRoutes } from './modules/volunteers/volunteers.routes';
import { matchableVolunteersGrpc } from './modules/volunteers/list-matchable-volunteers/list-matchable-volunteers.grpc';
import { peopleImportRoutes } from './modules/people-import/people-import.routes';
import { matchableBeneficiariesGrpc } from './modules/candidates/matchable-beneficiaries.grpc';
import { intakeRoutes } from './modules/candidates/intake.routes';
import { ReferralRepository } from './modules/referrals/referral.repository';
import { referralsRoutes } from './modules/referrals/referrals.routes';
import { partnerDirectory } from './modules/referrals/partner-directory';
import { ReferentRepository } from './modules/referents/referent.repository';
import { referentsRoutes } from './modules/referents/referents.routes';
import { PairMembershipRepository } from './modules/pairs/pair-membership.repository';
import { pairEventsConsumer, PAIRS_GROUP } from './modules/pairs/pair-events.consumer';

export interface RecruitmentOptions {
  /** Consumer group of the pair projection; tests use their own so that they do not compete with a running platform. */
  pairsGroup?: string;
  /** Matching's topic; tests use their own to publish pair events (and poison) of their own. */
  matchingTopic?: string;
}

/** Composition root of the recruitment service. */
export function createRecruitmentService(config: ServiceConfig, logger: Logger, options: RecruitmentOptions = {}) {
  return createServiceHost(config, logger, (ctx) => {
    const candidates = new CandidateRepository(ctx.connection);
    const promotions = new PromotionRepository(ctx.connection);
    const partnerOrganisations = new PartnerOrganisationRepository(ctx.connection);
    const partnerCompanies = new PartnerCompanyRepository(ctx.connection);
    const volunteers = new VolunteerRepository(ctx.connection);
    const volunteerDeps = { volunteers, companies: partnerCompanies, promotions };
    const referrals = new ReferralRepository(ctx.connection);
    const referents = new ReferentRepository(ctx.connection);
    const memberships = new PairMembershipRepository(ctx.connection);
    const pairs = { memberships, candidates, volunteers, referents };
    const intakeDeps = { candidates, promotions, referrals, partners: partnerDirectory(partnerOrganisations) };
    const grpc: recruitmentV1.RecruitmentServiceServer = {
      ...candidateGrpc(candidates, ctx.verifier, logger),
      ...promotionGrpc(promotions, ctx.verifier, logger),
      ...matchableVolunteersGrpc(volunteers, promotions, ctx.verifier, logger),
      ...matchableBeneficiariesGrpc(candidates, promotions, ctx.verifier, logger),
    };
    return {
      topics: [TOPICS.recruitment, TOPICS.referrals],
      outbox: [candidates.collection, promotions.collection, volunteers.collection, referrals.collection],
      publicRoutes: (r) => applyRoutes(r, candidates, config.territories, referrals),
      routes: (r) => {
        listCandidatesRoutes(r, { ...pairs, referrals });
        getCandidateRoutes(r, { ...pairs, referrals });
        promotionsRoutes(r, { promotions, people: { volunteers, candidates } }, config.territories);
        organisationsRoutes(r, { organisations: partnerOrganisations, companies: partnerCompanies }, config.territories);
        volunteersRoutes(r, { ...volunteerDeps, pairs }, config.territories);
        peopleImportRoutes(r, candidates, volunteerDeps, config.territories);
        intakeRoutes(r, intakeDeps);
        referralsRoutes(r, intakeDeps);
        referentsRoutes(r, referents, config.territories);
      },
      grpc: [{ definition: recruitmentV1.RecruitmentServiceService, implementation: grpc }],
      // Pair membership, projected from matching's pair events, for the own-pairs reach.
      consumers: [pairEventsConsumer(memberships, options.pairsGroup ?? PAIRS_GROUP, options.matchingTopic)],
    };
  });
}
