import { recruitmentV1 } from '@binome/contracts';
import type { ServiceConfig } from '@binome/config';
import { TOPICS } from '@binome/events';
import type { Logger } from '@binome/logging';
import { createServiceHost } from '@binome/service-host';
import { CandidateRepository } from './modules/candidates/candidate.repository';
import { candidatesPublicRoutes, candidatesRoutes } from './modules/candidates/candidates.routes';
import { PromotionRepository } from './modules/promotions/promotion.repository';
import { promotionsRoutes } from './modules/promotions/promotions.routes';
import { PartnerOrganisationRepository } from './modules/organisations/partner-organisation.repository';
import { PartnerCompanyRepository } from './modules/organisations/partner-company.repository';
import { organisationsRoutes } from './modules/organisations/organisations.routes';
import { VolunteerRepository } from './modules/volunteers/volunteer.repository';
import { volunteersRoutes } from './modules/volunteers/volunteers.routes';
import { peopleImportRoutes } from './modules/people-import/people-import.routes';
import { ReferralRepository } from './modules/referrals/referral.repository';
import { referralsRoutes } from './modules/referrals/referrals.routes';
import { partnerDirectory } from './modules/referrals/partner-directory';
import { ReferentRepository } from './modules/referents/referent.repository';
import { referentsRoutes } from './modules/referents/referents.routes';
import { VolunteerInterestRepository } from './modules/volunteer-interests/volunteer-interest.repository';
import { volunteerInterestsPublicRoutes, volunteerInterestsRoutes } from './modules/volunteer-interests/volunteer-interests.routes';
import { PairMembershipRepository } from './modules/pairs/pair-membership.repository';
import { pairEventsConsumer, PAIRS_GROUP } from './modules/pairs/pair-events.consumer';
import { trainingEventsConsumer, TRAINING_GROUP } from './modules/volunteers/training-events.consumer';
import { recruitmentGrpc } from './recruitment.grpc';

export interface RecruitmentOptions {
  /** Consumer group of the pair projection; tests use their own so that they do not compete with a running platform. */
  pairsGroup?: string;
  /** Matching's topic; tests use their own to publish pair events (and poison) of their own. */
  matchingTopic?: string;
  /** Consumer group of the training completions; tests use their own. */
  trainingGroup?: string;
  /** The resources topic; tests publish module completions to their own. */
  resourcesTopic?: string;
}

/** Composition root of the recruitment service: repositories, each context's dependencies and routes, gRPC, the pair projection. */
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
    const interests = { interests: new VolunteerInterestRepository(ctx.connection), volunteers };
    const intakeDeps = { candidates, promotions, referrals, partners: partnerDirectory(partnerOrganisations) };
    return {
      topics: [TOPICS.recruitment, TOPICS.referrals],
      outbox: [candidates.collection, promotions.collection, volunteers.collection, referrals.collection],
      publicRoutes: (r) => {
        candidatesPublicRoutes(r, candidates, config.territories, referrals);
        volunteerInterestsPublicRoutes(r, interests, config.territories);
      },
      routes: (r) => {
        candidatesRoutes(r, { ...pairs, ...intakeDeps });
        promotionsRoutes(r, { promotions, people: { volunteers, candidates } }, config.territories);
        organisationsRoutes(r, { organisations: partnerOrganisations, companies: partnerCompanies }, config.territories);
        volunteersRoutes(r, { ...volunteerDeps, pairs }, config.territories);
        peopleImportRoutes(r, candidates, volunteerDeps, config.territories);
        referralsRoutes(r, intakeDeps);
        referentsRoutes(r, referents, config.territories);
        volunteerInterestsRoutes(r, interests);
      },
      grpc: [
        {
          definition: recruitmentV1.RecruitmentServiceService,
          implementation: recruitmentGrpc({ candidates, promotions, volunteers }, ctx.verifier, logger),
        },
      ],
      // Pair membership, projected from matching's pair events, for the own-pairs reach.
      // `trained` from the mandatory volunteer module's completion (resources).
      consumers: [
        pairEventsConsumer(memberships, options.pairsGroup ?? PAIRS_GROUP, options.matchingTopic),
        trainingEventsConsumer({ volunteers }, options.trainingGroup ?? TRAINING_GROUP, options.resourcesTopic),
      ],
    };
  });
}
