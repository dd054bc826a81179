import type { Metadata, ServiceError } from '@grpc/grpc-js';
import type { Principal } from '@binome/auth';
import { schedulingV1 } from '@binome/contracts';
import { bearerMetadata, createClient } from '@binome/grpc';
import type { KonnecteurDirectory } from './konnecteur-directory';

const DEADLINE_MS = 5_000;

/**
 * The Konnecteur's referent ids as scheduling links them: staff record a Konnecteur's account
 * email for the referent id matching assigns to pairs (`PUT /v1/territories/:t/konnecteurs/:k/contact`),
 * and scheduling answers, to the caller's own token, the ids linked to its verified email in the
 * territory of its realm. One link for both services, so a Konnecteur reaches the same pairs in
 * scheduling and impact. A refusal or an unreachable scheduling counts as none (the safe side).
 */
export class SchedulingKonnecteurDirectory implements KonnecteurDirectory {
  private readonly client: schedulingV1.SchedulingServiceClient;

  constructor(address: string) {
    this.client = createClient(schedulingV1.SchedulingServiceClient, address);
  }

  private ownIds(territoryId: string, metadata: Metadata): Promise<string[]> {
    return new Promise((resolve) =>
      this.client.listOwnKonnecteurIds(
        { territoryId },
        metadata,
        { deadline: new Date(Date.now() + DEADLINE_MS) },
        (e: ServiceError | null, r?: schedulingV1.ListOwnKonnecteurIdsResponse) => resolve(e || !r ? [] : r.konnecteurIds),
      ),
    );
  }

  async referentIdsOf(principal: Principal): Promise<string[]> {
    if (principal.scope.kind !== 'some') return [];
    const metadata = bearerMetadata(principal.token);
    const all = await Promise.all(principal.scope.territories.map((t) => this.ownIds(t, metadata)));
    return [...new Set(all.flat())];
  }

  close(): void {
    this.client.close();
  }
}
