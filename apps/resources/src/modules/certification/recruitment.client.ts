import { status, type Metadata, type ServiceError } from '@grpc/grpc-js';
import { recruitmentV1 } from '@binome/contracts';
import { bearerMetadata, createClient } from '@binome/grpc';

const DEADLINE_MS = 3_000;

/** The caller's own recruitment record ids (candidate, volunteer enrolments) in a territory. */
export interface OwnRecords {
  ownRecordIds(token: string, territoryId: string): Promise<string[]>;
}

/** A candidate's intake needs (recruitment's codes) and promotion; `null`: no such candidate. */
export interface IntakeNeeds {
  intakeNeeds(token: string, territoryId: string, candidateId: string): Promise<{ promotionId: string; workshopNeeds: string[] } | null>;
}

/**
 * Recruitment's `ListOwnRecords`, asked with the caller's own token: badges awarded from the
 * programme's events name the recruitment record (the training day, workshops, pairs), so this is
 * how a recipient's token reaches them. Recruitment unreachable or refusing: no records (the
 * recipient still reaches the badges awarded to their account subject).
 */
export class RecruitmentClient implements OwnRecords, IntakeNeeds {
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

  /**
   * `GetIntakeNeeds` with the caller's token (recruitment applies its matrix: staff and service
   * tokens only). Unknown candidate: `null`; unreachable, refusing or slow: throws (the guide is
   * then built without the intake).
   */
  async intakeNeeds(token: string, territoryId: string, candidateId: string) {
    try {
      const res = await new Promise<recruitmentV1.GetIntakeNeedsResponse>((resolve, reject) =>
        this.client.getIntakeNeeds(
          { territoryId, candidateId },
          bearerMetadata(token) as Metadata,
          { deadline: new Date(Date.now() + DEADLINE_MS) },
          (e: ServiceError | null, r: recruitmentV1.GetIntakeNeedsResponse) => (e ? reject(e) : resolve(r)),
        ),
      );
      return { promotionId: res.promotionId, workshopNeeds: res.workshopNeeds };
    } catch (e) {
      if ((e as ServiceError).code === status.NOT_FOUND) return null;
      throw e;
    }
  }

  close(): void {
    this.client.close();
  }
}
