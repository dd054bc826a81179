import type { Metadata, ServiceError } from '@grpc/grpc-js';
import { recruitmentV1 } from '@binome/contracts';
import { bearerMetadata, createClient } from '@binome/grpc';

const DEADLINE_MS = 3_000;

/** The caller's own recruitment record ids (candidate, volunteer enrolments) in a territory. */
export interface OwnRecords {
  ownRecordIds(token: string, territoryId: string): Promise<string[]>;
}

/**
 * Recruitment's `ListOwnRecords`, asked with the caller's own token: badges awarded from the
 * programme's events name the recruitment record (the training day, workshops, pairs), so this is
 * how a recipient's token reaches them. Recruitment unreachable or refusing: no records (the
 * recipient still reaches the badges awarded to their account subject).
 */
export class RecruitmentClient implements OwnRecords {
  private readonly client: recruitmentV1.RecruitmentServiceClient;

  constructor(address: string) {
    this.client = createClient(recruitmentV1.RecruitmentServiceClient, address);
  }

  async ownRecordIds(token: string, territoryId: string): Promise<string[]> {
    const res = await new Promise<recruitmentV1.ListOwnRecordsResponse>((resolve, reject) =>
      this.client.listOwnRecords(
        { territoryId },
        bearerMetadata(token) as Metadata,
        { deadline: new Date(Date.now() + DEADLINE_MS) },
        (e: ServiceError | null, r: recruitmentV1.ListOwnRecordsResponse) => (e ? reject(e) : resolve(r)),
      ),
    ).catch(() => ({ beneficiaryIds: [], volunteerIds: [] }));
    return [...res.beneficiaryIds, ...res.volunteerIds];
  }

  close(): void {
    this.client.close();
  }
}
