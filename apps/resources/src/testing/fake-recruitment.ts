import { recruitmentV1 } from '@binome/contracts';
import { assertTerritory, selfEmail, tokenVerifierOf } from '@binome/auth';
import type { ServiceConfig } from '@binome/config';
import { authenticatedUnary, startGrpcServer } from '@binome/grpc';
import type { Logger } from '@binome/logging';

/**
 * A contract-level test double of recruitment's gRPC `ListOwnRecords` for resources' specs: the
 * real definition, every caller's token verified against the real Keycloak, the same territory
 * check, and — as recruitment does — only the records whose email is the caller's verified email.
 * Recruitment's own implementation is tested in its volunteers spec.
 */
export interface FakeRecruitment {
  address: string;
  /** email → the beneficiary and volunteer ids it holds. */
  people: Map<string, { beneficiaryIds: string[]; volunteerIds: string[] }>;
  stop(): Promise<void>;
}

export async function startFakeRecruitment(config: ServiceConfig, logger: Logger): Promise<FakeRecruitment> {
  const verifier = tokenVerifierOf(config);
  const people: FakeRecruitment['people'] = new Map();
  const implementation: Partial<recruitmentV1.RecruitmentServiceServer> = {
    listOwnRecords: authenticatedUnary(verifier, logger, async (req: recruitmentV1.ListOwnRecordsRequest, principal) => {
      assertTerritory(principal, req.territoryId);
      const email = selfEmail(principal);
      return (email && people.get(email)) || { beneficiaryIds: [], volunteerIds: [] };
    }),
  };
  const server = await startGrpcServer(
    [{ definition: recruitmentV1.RecruitmentServiceService, implementation: implementation as recruitmentV1.RecruitmentServiceServer }],
    '127.0.0.1',
    0,
  );
  return { address: `127.0.0.1:${server.port}`, people, stop: () => server.stop() };
}
