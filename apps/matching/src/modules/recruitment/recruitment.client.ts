import { status, type Metadata, type ServiceError } from '@grpc/grpc-js';
import { recruitmentV1 } from '@binome/contracts';
import { AppError, forbidden, notFound } from '@binome/errors';
import type { ServiceTokenProvider } from '@binome/auth';
import { bearerMetadata, createClient } from '@binome/grpc';
import { toCohort, type MappedCohort } from './profile.mapper';

const DEADLINE_MS = 10_000;

/** Who the call to recruitment acts for: a person (their token) or matching itself. */
export type Caller = { token: string } | 'service';

/** Recruitment's gRPC errors as the platform's errors; the caller never sees a raw INTERNAL. */
export function fromRecruitmentError(e: unknown): AppError {
  const error = e as Partial<ServiceError>;
  switch (error.code) {
    case status.PERMISSION_DENIED:
      return forbidden('Recruitment refused access to this promotion');
    case status.NOT_FOUND:
      return notFound('Promotion');
    case status.UNIMPLEMENTED:
      return new AppError(
        'unavailable',
        'Recruitment does not serve matchable profiles yet (ListMatchableBeneficiaries/Volunteers unimplemented)',
      );
    default:
      return new AppError('unavailable', `Recruitment could not provide the cohort (gRPC status ${error.code ?? 'unknown'})`);
  }
}

/** The promotion's cohort, read from recruitment over gRPC and mapped to the engine's profiles. */
export class RecruitmentClient {
  private readonly client: recruitmentV1.RecruitmentServiceClient;

  constructor(
    address: string,
    private readonly serviceTokens: Pick<ServiceTokenProvider, 'token'>,
  ) {
    this.client = createClient(recruitmentV1.RecruitmentServiceClient, address);
  }

  private async metadata(caller: Caller): Promise<Metadata> {
    return bearerMetadata(caller === 'service' ? await this.serviceTokens.token() : caller.token);
  }

  private call<Req, Res>(
    method: (req: Req, md: Metadata, options: { deadline: Date }, cb: (e: ServiceError | null, r: Res) => void) => unknown,
    request: Req,
    metadata: Metadata,
  ): Promise<Res> {
    return new Promise((resolve, reject) =>
      method.call(this.client, request, metadata, { deadline: new Date(Date.now() + DEADLINE_MS) }, (e: ServiceError | null, r: Res) =>
        e ? reject(fromRecruitmentError(e)) : resolve(r),
      ),
    );
  }

  /** Checks with recruitment that the promotion exists in the territory (as the caller sees it). */
  async promotion(caller: Caller, territoryId: string, promotionId: string): Promise<recruitmentV1.Promotion> {
    const res = await this.call<recruitmentV1.GetPromotionRequest, recruitmentV1.GetPromotionResponse>(
      this.client.getPromotion as never,
      { territoryId, promotionId },
      await this.metadata(caller),
    );
    if (!res.promotion || res.promotion.territoryId !== territoryId) throw notFound('Promotion');
    return res.promotion;
  }

  async cohort(caller: Caller, territoryId: string, promotionId: string): Promise<MappedCohort> {
    const metadata = await this.metadata(caller);
    const request = { territoryId, promotionId };
    const [b, v] = await Promise.all([
      this.call<recruitmentV1.ListMatchableBeneficiariesRequest, recruitmentV1.ListMatchableBeneficiariesResponse>(
        this.client.listMatchableBeneficiaries as never,
        request,
        metadata,
      ),
      this.call<recruitmentV1.ListMatchableVolunteersRequest, recruitmentV1.ListMatchableVolunteersResponse>(
        this.client.listMatchableVolunteers as never,
        request,
        metadata,
      ),
    ]);
    // Recruitment answers for the promotion asked; anything else in the answer is not ours to pair.
    const mine = <T extends { territoryId: string; promotionId: string }>(p: T) =>
      (p.territoryId === '' || p.territoryId === territoryId) && (p.promotionId === '' || p.promotionId === promotionId);
    return toCohort(b.beneficiaries.filter(mine), v.volunteers.filter(mine), territoryId, promotionId);
  }

  /**
   * The beneficiary and volunteer ids of a promotion that are the caller's own: recruitment answers
   * the matchable lists within the caller's reach, i.e. only the caller's own records (verified
   * email) for a beneficiary or a volunteer, none for anyone else. Refusals count as none.
   */
  async ownPeople(token: string, territoryId: string, promotionId: string): Promise<{ beneficiaryIds: string[]; volunteerIds: string[] }> {
    const metadata = bearerMetadata(token);
    const request = { territoryId, promotionId };
    const none = () => ({ beneficiaries: [], volunteers: [] });
    const [b, v] = await Promise.all([
      this.call<recruitmentV1.ListMatchableBeneficiariesRequest, recruitmentV1.ListMatchableBeneficiariesResponse>(
        this.client.listMatchableBeneficiaries as never,
        request,
        metadata,
      ).catch(none),
      this.call<recruitmentV1.ListMatchableVolunteersRequest, recruitmentV1.ListMatchableVolunteersResponse>(
        this.client.listMatchableVolunteers as never,
        request,
        metadata,
      ).catch(none),
    ]);
    return { beneficiaryIds: b.beneficiaries.map((p) => p.id), volunteerIds: v.volunteers.map((p) => p.id) };
  }

  close(): void {
    this.client.close();
  }
}
