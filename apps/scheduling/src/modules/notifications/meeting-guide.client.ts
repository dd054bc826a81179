import type { Metadata, ServiceError } from '@grpc/grpc-js';
import { resourcesV1 } from '@binome/contracts';
import type { ServiceTokenProvider } from '@binome/auth';
import { bearerMetadata, createClient } from '@binome/grpc';
import type { Logger } from '@binome/logging';

/** A reminder does not wait long for its guide: it goes out without one. */
const DEADLINE_MS = 3_000;

export interface GuideQuery {
  territoryId: string;
  week: number;
  meetingsHeld: number;
  needs: readonly string[];
  language: string;
  /** The pair's beneficiary and promotion: resources adds their needs (intake, T0 gaps, workshops). */
  beneficiaryId: string;
  promotionId: string;
}

export interface MeetingGuides {
  /** The agenda for the pair's next meeting, or `undefined` when resources did not answer. */
  guideFor(q: GuideQuery): Promise<resourcesV1.GuideAgendaItem[] | undefined>;
}

/**
 * Resources' `GetMeetingGuide` ("what to bring next time"), asked with the service account's token
 * when a reminder is rendered (no person is calling then). Any failure — resources down, a refusal,
 * the deadline — counts as no guide, logged without the query's content.
 */
export class MeetingGuideClient implements MeetingGuides {
  private readonly client: resourcesV1.ResourcesServiceClient;

  constructor(
    address: string,
    private readonly serviceTokens: Pick<ServiceTokenProvider, 'token'>,
    private readonly logger: Logger,
  ) {
    this.client = createClient(resourcesV1.ResourcesServiceClient, address);
  }

  async guideFor(q: GuideQuery): Promise<resourcesV1.GuideAgendaItem[] | undefined> {
    try {
      const metadata = bearerMetadata(await this.serviceTokens.token());
      const res = await new Promise<resourcesV1.GetMeetingGuideResponse>((resolve, reject) =>
        this.client.getMeetingGuide(
          {
            territoryId: q.territoryId,
            week: q.week,
            meetingsHeld: q.meetingsHeld,
            needs: [...q.needs],
            language: q.language,
            beneficiaryId: q.beneficiaryId,
            promotionId: q.promotionId,
          },
          metadata as Metadata,
          { deadline: new Date(Date.now() + DEADLINE_MS) },
          (e: ServiceError | null, r: resourcesV1.GetMeetingGuideResponse) => (e ? reject(e) : resolve(r)),
        ),
      );
      return res.agenda;
    } catch (e) {
      this.logger.warn(
        { err: { code: (e as ServiceError).code, message: (e as Error).message } },
        'meeting guide unavailable: reminder sent without it',
      );
      return undefined;
    }
  }

  close(): void {
    this.client.close();
  }
}
