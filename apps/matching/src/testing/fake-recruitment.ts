import { status } from '@grpc/grpc-js';
import { recruitmentV1 } from '@binome/contracts';
import { assertTerritory, tokenVerifierOf } from '@binome/auth';
import type { ServiceConfig } from '@binome/config';
import { notFound } from '@binome/errors';
import { authenticatedUnary, startGrpcServer, type RunningGrpcServer } from '@binome/grpc';
import type { Logger } from '@binome/logging';

/**
 * A contract-level test double of recruitment's gRPC server for matching's integration tests:
 * it implements the real `RecruitmentService` definition from proto/, verifies every caller's
 * bearer token against the real Keycloak (same verifier as the services) and applies the same
 * territory check, and serves a cohort the test controls. The real recruitment process is
 * exercised by tools/e2e; here the cohort must be adjustable (a volunteer's training corrected,
 * a volunteer added) without driving recruitment's whole intake.
 */
export interface FakePromotion {
  territoryId: string;
  beneficiaries: recruitmentV1.BeneficiaryMatchingProfile[];
  volunteers: recruitmentV1.VolunteerMatchingProfile[];
  /** Answer UNIMPLEMENTED for the matchable lists, as recruitment does until they land. */
  unimplemented?: boolean;
}

export interface FakeRecruitment {
  address: string;
  promotions: Map<string, FakePromotion>;
  /** Tokens' realms seen, to check whose token matching forwarded. */
  callers: string[];
  stop(): Promise<void>;
}

export async function startFakeRecruitment(config: ServiceConfig, logger: Logger): Promise<FakeRecruitment> {
  const verifier = tokenVerifierOf(config);
  const promotions = new Map<string, FakePromotion>();
  const callers: string[] = [];
  const find = (territoryId: string, promotionId: string) => {
    const p = promotions.get(promotionId);
    if (!p || p.territoryId !== territoryId) throw notFound('Promotion');
    return p;
  };
  const implementation: Partial<recruitmentV1.RecruitmentServiceServer> = {
    getPromotion: authenticatedUnary(verifier, logger, async (req: recruitmentV1.GetPromotionRequest, principal) => {
      callers.push(principal.realm);
      assertTerritory(principal, req.territoryId);
      find(req.territoryId, req.promotionId);
      return {
        promotion: {
          promotionId: req.promotionId,
          territoryId: req.territoryId,
          name: `Promotion ${req.promotionId}`,
          startsOn: '2027-01-15',
          endsOn: '2027-07-15',
          capacity: 25,
          status: 'recruiting',
          kickoffOn: '',
          rexEveningOn: '',
        },
      };
    }),
    listMatchableBeneficiaries: authenticatedUnary(
      verifier,
      logger,
      async (req: recruitmentV1.ListMatchableBeneficiariesRequest, principal) => {
        callers.push(principal.realm);
        assertTerritory(principal, req.territoryId);
        return { beneficiaries: find(req.territoryId, req.promotionId).beneficiaries };
      },
    ),
    listMatchableVolunteers: authenticatedUnary(verifier, logger, async (req: recruitmentV1.ListMatchableVolunteersRequest, principal) => {
      callers.push(principal.realm);
      assertTerritory(principal, req.territoryId);
      return { volunteers: find(req.territoryId, req.promotionId).volunteers };
    }),
  };
  // Like grpc-js for a method a server does not register: UNIMPLEMENTED, before any auth.
  for (const name of ['listMatchableBeneficiaries', 'listMatchableVolunteers'] as const) {
    const inner = implementation[name] as unknown as (
      call: { request: { promotionId: string } },
      cb: (e: unknown, r: unknown) => void,
    ) => void;
    (implementation as Record<string, unknown>)[name] = (
      call: { request: { promotionId: string } },
      cb: (e: unknown, r: unknown) => void,
    ) =>
      promotions.get(call.request.promotionId)?.unimplemented
        ? cb({ code: status.UNIMPLEMENTED, details: `${name} is not implemented` }, null)
        : inner(call, cb);
  }
  const server: RunningGrpcServer = await startGrpcServer(
    [{ definition: recruitmentV1.RecruitmentServiceService, implementation: implementation as recruitmentV1.RecruitmentServiceServer }],
    '127.0.0.1',
    0,
  );
  return { address: `127.0.0.1:${server.port}`, promotions, callers, stop: () => server.stop() };
}

export const geo = (lat: number, lon: number) => ({ lat, lon });

export function fakeBeneficiary(
  id: string,
  o: Partial<recruitmentV1.BeneficiaryMatchingProfile> = {},
): recruitmentV1.BeneficiaryMatchingProfile {
  return recruitmentV1.BeneficiaryMatchingProfile.fromPartial({
    id,
    territoryId: 'rennes',
    sector: 'logistics',
    trade: 'N1103',
    frenchLevel: 'B1',
    languages: [{ code: 'ar', level: 'native' }],
    town: geo(48.11, -1.68),
    availability: ['mon-am', 'tue-pm'],
    needs: ['CV', 'NETWORK'],
    ...o,
  });
}

export function fakeVolunteer(id: string, o: Partial<recruitmentV1.VolunteerMatchingProfile> = {}): recruitmentV1.VolunteerMatchingProfile {
  return recruitmentV1.VolunteerMatchingProfile.fromPartial({
    id,
    territoryId: 'rennes',
    companyId: `company-of-${id}`,
    sector: 'logistics',
    trade: 'N1103',
    languages: [{ code: 'en', level: 'fluent' }],
    workplace: geo(48.11, -1.68),
    availability: ['mon-am', 'tue-pm'],
    strengths: ['CV', 'NETWORK'],
    capacity: 1,
    trained: true,
    minFrenchLevel: 'A2',
    ...o,
  });
}
