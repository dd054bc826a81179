import { recruitmentV1 } from '@binome/contracts';
import { assertTerritory, can, selfEmail, territoryReach, tokenVerifierOf } from '@binome/auth';
import type { ServiceConfig } from '@binome/config';
import { forbidden, notFound } from '@binome/errors';
import { authenticatedUnary, startGrpcServer } from '@binome/grpc';
import type { Logger } from '@binome/logging';

/**
 * A contract-level test double of recruitment's gRPC `ListOwnRecords` and `GetIntakeNeeds` for
 * resources' specs: the real definition, every caller's token verified against the real Keycloak,
 * the same territory check, and — as recruitment does — only the records whose email is the
 * caller's verified email, and intake needs for territory reaches of `candidates` only.
 * Recruitment's own implementations are tested in its volunteers and intake specs.
 */
export interface FakeRecruitment {
  address: string;
  /** email → the beneficiary and volunteer ids it holds. */
  people: Map<string, { beneficiaryIds: string[]; volunteerIds: string[] }>;
  /** `<territory>:<candidate id>` → the intake's promotion and workshop needs. */
  intake: Map<string, { promotionId: string; workshopNeeds: string[] }>;
  stop(): Promise<void>;
}

export async function startFakeRecruitment(config: ServiceConfig, logger: Logger): Promise<FakeRecruitment> {
  const verifier = tokenVerifierOf(config);
  const people: FakeRecruitment['people'] = new Map();
  const intake: FakeRecruitment['intake'] = new Map();
  const implementation: Partial<recruitmentV1.RecruitmentServiceServer> = {
    listOwnRecords: authenticatedUnary(verifier, logger, async (req: recruitmentV1.ListOwnRecordsRequest, principal) => {
      assertTerritory(principal, req.territoryId);
      const email = selfEmail(principal);
      return (email && people.get(email)) || { beneficiaryIds: [], volunteerIds: [] };
    }),
    getIntakeNeeds: authenticatedUnary(verifier, logger, async (req: recruitmentV1.GetIntakeNeedsRequest, principal) => {
      if (!territoryReach(principal, can(principal, 'candidates', 'read'))) throw forbidden('Intake needs are read by staff and services');
      assertTerritory(principal, req.territoryId);
      const found = intake.get(`${req.territoryId}:${req.candidateId}`);
      if (!found) throw notFound('Candidate');
      return { candidateId: req.candidateId, ...found };
    }),
  };
  const server = await startGrpcServer(
    [{ definition: recruitmentV1.RecruitmentServiceService, implementation: implementation as recruitmentV1.RecruitmentServiceServer }],
    '127.0.0.1',
    0,
  );
  return { address: `127.0.0.1:${server.port}`, people, intake, stop: () => server.stop() };
}
