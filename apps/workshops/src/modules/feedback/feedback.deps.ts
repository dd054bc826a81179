import type { SessionsDeps } from '../sessions/sessions.deps';
import type { FeedbackRepository } from './feedback.repository';

export interface FeedbackDeps extends SessionsDeps {
  feedback: FeedbackRepository;
}
