import type { T0Gaps } from '../people/impact.client';
import type { SessionsDeps } from '../sessions/sessions.deps';

/** What the recommendations need: the sessions' deps and, when a peer is configured, impact's T0 gaps. */
export interface RecommendationsDeps extends SessionsDeps {
  impact?: T0Gaps;
}
