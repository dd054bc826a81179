import type { Metadata, ServiceError } from '@grpc/grpc-js';
import type { ServiceTokenProvider } from '@binome/auth';
import { impactV1 } from '@binome/contracts';
import { bearerMetadata, createClient } from '@binome/grpc';
import type { Logger } from '@binome/logging';

/** A recommendation does not wait long for impact: it answers from the other sources instead. */
const DEADLINE_MS = 3_000;

export interface T0Gaps {
  /**
   * The gaps the person's answered T0 survey shows (impact's codes: NETWORK, JOB_SEARCH,
   * CONFIDENCE, FRENCH, PROFESSIONAL_PROJECT), `[]` when none or no T0 answered yet, `undefined`
   * when impact could not be asked.
   */
  gapsOf(territoryId: string, promotionId: string, personId: string): Promise<string[] | undefined>;
}

/**
 * Impact's `ListNeeds` (the T0 gaps of a promotion's beneficiaries), asked with workshops' service
 * account: the person asking for recommendations may be the beneficiary, who reads no surveys, and
 * workshops has already checked that the caller reaches this person. Any failure — impact down, a
 * refusal, the deadline — counts as unavailable, logged without the ids.
 */
export class ImpactClient implements T0Gaps {
  private readonly client: impactV1.ImpactServiceClient;

  constructor(
    address: string,
    private readonly serviceTokens: Pick<ServiceTokenProvider, 'token'>,
    private readonly logger: Logger,
  ) {
    this.client = createClient(impactV1.ImpactServiceClient, address);
  }

  async gapsOf(territoryId: string, promotionId: string, personId: string): Promise<string[] | undefined> {
    try {
      const metadata = bearerMetadata(await this.serviceTokens.token());
      const res = await new Promise<impactV1.ListNeedsResponse>((resolve, reject) =>
        this.client.listNeeds(
          { territoryId, promotionId },
          metadata as Metadata,
          { deadline: new Date(Date.now() + DEADLINE_MS) },
          (e: ServiceError | null, r: impactV1.ListNeedsResponse) => (e ? reject(e) : resolve(r)),
        ),
      );
      // One person may have had two pairs (a second after a dissolution): every T0 they answered counts.
      return [...new Set(res.people.filter((p) => p.personId === personId).flatMap((p) => p.needs))];
    } catch (e) {
      this.logger.warn(
        { err: { code: (e as ServiceError).code, message: (e as Error).message } },
        "impact's T0 gaps unavailable: recommendations from the other sources",
      );
      return undefined;
    }
  }

  close(): void {
    this.client.close();
  }
}
