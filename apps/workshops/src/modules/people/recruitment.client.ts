import type { Metadata, ServiceError } from '@grpc/grpc-js';
import { recruitmentV1 } from '@binome/contracts';
import { bearerMetadata, createClient } from '@binome/grpc';

const DEADLINE_MS = 10_000;

/**
 * Recruitment, asked with the caller's own token which beneficiary and volunteer records of a
 * promotion are theirs: the matchable lists answer within the caller's reach, i.e. only their own
 * records (verified email) for a participant, none for anyone else. Refusals count as none.
 */
export class RecruitmentClient {
  private readonly client: recruitmentV1.RecruitmentServiceClient;

  constructor(address: string) {
    this.client = createClient(recruitmentV1.RecruitmentServiceClient, address);
  }

  private call<Req, Res>(method: unknown, request: Req, metadata: Metadata): Promise<Res> {
    const fn = method as (req: Req, md: Metadata, options: { deadline: Date }, cb: (e: ServiceError | null, r: Res) => void) => unknown;
    return new Promise((resolve, reject) =>
      fn.call(this.client, request, metadata, { deadline: new Date(Date.now() + DEADLINE_MS) }, (e, r) => (e ? reject(e) : resolve(r))),
    );
  }

  async ownPeople(token: string, territoryId: string, promotionId: string): Promise<{ beneficiaryIds: string[]; volunteerIds: string[] }> {
    const metadata = bearerMetadata(token);
    const request = { territoryId, promotionId };
    const [b, v] = await Promise.all([
      this.call<recruitmentV1.ListMatchableBeneficiariesRequest, recruitmentV1.ListMatchableBeneficiariesResponse>(
        this.client.listMatchableBeneficiaries,
        request,
        metadata,
      ).catch(() => ({ beneficiaries: [] })),
      this.call<recruitmentV1.ListMatchableVolunteersRequest, recruitmentV1.ListMatchableVolunteersResponse>(
        this.client.listMatchableVolunteers,
        request,
        metadata,
      ).catch(() => ({ volunteers: [] })),
    ]);
    return { beneficiaryIds: b.beneficiaries.map((p) => p.id), volunteerIds: v.volunteers.map((p) => p.id) };
  }

  /** The caller's own beneficiary ids among these promotions (a beneficiary's token: their own record). */
  async ownBeneficiaryIds(token: string, territoryId: string, promotionIds: readonly string[]): Promise<string[]> {
    return (await this.ownPersonIds(token, territoryId, promotionIds)).beneficiaryIds;
  }

  /** The caller's own beneficiary and volunteer ids among these promotions (one look-up of each list per promotion). */
  async ownPersonIds(
    token: string,
    territoryId: string,
    promotionIds: readonly string[],
  ): Promise<{ beneficiaryIds: string[]; volunteerIds: string[] }> {
    const all = await Promise.all(promotionIds.map((promotionId) => this.ownPeople(token, territoryId, promotionId)));
    return {
      beneficiaryIds: [...new Set(all.flatMap((p) => p.beneficiaryIds))],
      volunteerIds: [...new Set(all.flatMap((p) => p.volunteerIds))],
    };
  }

  close(): void {
    this.client.close();
  }
}
