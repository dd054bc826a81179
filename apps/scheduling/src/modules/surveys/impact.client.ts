import { status, type ServiceError } from '@grpc/grpc-js';
import type { ServiceTokenProvider } from '@binome/auth';
import { impactV1 } from '@binome/contracts';
import { bearerMetadata, createClient } from '@binome/grpc';

const DEADLINE_MS = 10_000;

/** What a survey reminder links to, or why there is nothing to remind any more. */
export type SurveyLink = { token: string; wave: string; dueOn: string } | { gone: string };

/**
 * Impact, asked with scheduling's service account for the personal link of a survey when its
 * reminder is sent: the token is a credential, so it is issued at that moment (replacing any
 * earlier link) rather than carried by the `SurveyDue` event. A survey answered, cancelled or
 * unknown meanwhile is `gone` (no email); any other failure is thrown (the email is retried).
 */
export class ImpactClient {
  private readonly client: impactV1.ImpactServiceClient;

  constructor(
    address: string,
    private readonly tokens: Pick<ServiceTokenProvider, 'token'>,
  ) {
    this.client = createClient(impactV1.ImpactServiceClient, address);
  }

  async surveyLink(territoryId: string, surveyId: string, language: string): Promise<SurveyLink> {
    const metadata = bearerMetadata(await this.tokens.token());
    return new Promise((resolve, reject) =>
      this.client.issueSurveyLink(
        { territoryId, surveyId, language },
        metadata,
        { deadline: new Date(Date.now() + DEADLINE_MS) },
        (e: ServiceError | null, r?: impactV1.IssueSurveyLinkResponse) => {
          if (e?.code === status.NOT_FOUND || e?.code === status.ALREADY_EXISTS || e?.code === status.FAILED_PRECONDITION)
            return resolve({ gone: e.details || 'the survey is no longer due' });
          if (e || !r) return reject(e ?? new Error('empty answer from impact'));
          resolve({ token: r.token, wave: r.wave, dueOn: r.dueOn });
        },
      ),
    );
  }

  close(): void {
    this.client.close();
  }
}
