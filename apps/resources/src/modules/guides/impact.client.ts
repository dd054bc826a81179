import type { Metadata, ServiceError } from '@grpc/grpc-js';
import { impactV1 } from '@binome/contracts';
import { bearerMetadata, createClient } from '@binome/grpc';

const DEADLINE_MS = 3_000;

/** A beneficiary's T0 gaps (impact's codes: NETWORK, JOB_SEARCH, CONFIDENCE, FRENCH, PROFESSIONAL_PROJECT). */
export interface T0Gaps {
  t0Gaps(token: string, territoryId: string, promotionId: string, personId: string): Promise<string[]>;
}

/**
 * Impact's `ListNeeds` (the T0 gaps of a promotion's beneficiaries, from their answered T0
 * surveys), asked with the caller's token: impact applies its matrix (territory reaches of
 * `surveys`). The person's entry is kept, the others dropped; no answered T0 survey: no gaps.
 * Unreachable, refusing or slow: throws.
 */
export class ImpactClient implements T0Gaps {
  private readonly client: impactV1.ImpactServiceClient;

  constructor(address: string) {
    this.client = createClient(impactV1.ImpactServiceClient, address);
  }

  async t0Gaps(token: string, territoryId: string, promotionId: string, personId: string): Promise<string[]> {
    const res = await new Promise<impactV1.ListNeedsResponse>((resolve, reject) =>
      this.client.listNeeds(
        { territoryId, promotionId },
        bearerMetadata(token) as Metadata,
        { deadline: new Date(Date.now() + DEADLINE_MS) },
        (e: ServiceError | null, r: impactV1.ListNeedsResponse) => (e ? reject(e) : resolve(r)),
      ),
    );
    return res.people.filter((p) => p.personId === personId).flatMap((p) => p.needs);
  }

  close(): void {
    this.client.close();
  }
}
