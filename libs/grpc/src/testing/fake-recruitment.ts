import { recruitmentV1 } from '@binome/contracts';
import { assertTerritory, tokenVerifierOf, selfEmail } from '@binome/auth';
import type { ServiceConfig } from '@binome/config';
import { authenticatedUnary, startGrpcServer } from '../grpc-server';
import type { Logger } from '@binome/logging';

/**
 * A contract-level test double of recruitment's gRPC server for the integration tests of its peers:
 * the real `RecruitmentService` definition, every caller's token verified against the real
 * Keycloak, the same territory check, and — as recruitment answers a participant's token — only
 * the records whose email is the caller's verified email. The test says which person id each
 * email holds; the real recruitment process is exercised by tools/e2e.
 */
export interface FakeRecruitment {
  address: string;
  /** email → the beneficiary or volunteer id it holds. */
  people: Map<string, { kind: 'beneficiary' | 'volunteer'; id: string }>;
  stop(): Promise<void>;
}

export async function startFakeRecruitment(config: ServiceConfig, logger: Logger): Promise<FakeRecruitment> {
  const verifier = tokenVerifierOf(config);
  const people = new Map<string, { kind: 'beneficiary' | 'volunteer'; id: string }>();
  const own = (principal: Parameters<typeof selfEmail>[0], kind: 'beneficiary' | 'volunteer') => {
    const email = selfEmail(principal);
    const p = email ? people.get(email) : undefined;
    return p?.kind === kind ? [p.id] : [];
  };
  const implementation: Partial<recruitmentV1.RecruitmentServiceServer> = {
    listMatchableBeneficiaries: authenticatedUnary(
      verifier,
      logger,
      async (req: recruitmentV1.ListMatchableBeneficiariesRequest, principal) => {
        assertTerritory(principal, req.territoryId);
        return {
          beneficiaries: own(principal, 'beneficiary').map((id) =>
            recruitmentV1.BeneficiaryMatchingProfile.fromPartial({ id, territoryId: req.territoryId, promotionId: req.promotionId }),
          ),
        };
      },
    ),
    listMatchableVolunteers: authenticatedUnary(verifier, logger, async (req: recruitmentV1.ListMatchableVolunteersRequest, principal) => {
      assertTerritory(principal, req.territoryId);
      return {
        volunteers: own(principal, 'volunteer').map((id) =>
          recruitmentV1.VolunteerMatchingProfile.fromPartial({ id, territoryId: req.territoryId, promotionId: req.promotionId }),
        ),
      };
    }),
  };
  const server = await startGrpcServer(
    [{ definition: recruitmentV1.RecruitmentServiceService, implementation: implementation as recruitmentV1.RecruitmentServiceServer }],
    '127.0.0.1',
    0,
  );
  return { address: `127.0.0.1:${server.port}`, people, stop: () => server.stop() };
}
