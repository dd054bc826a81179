import type { OutcomeRepository } from '../outcomes/outcome.repository';
import type { KonnecteurDirectory } from './konnecteur-directory';
import type { SurveyRepository } from './survey.repository';

/** What the surveys and outcomes use cases receive. */
export interface SurveysDeps {
  surveys: SurveyRepository;
  outcomes: OutcomeRepository;
  konnecteurs: KonnecteurDirectory;
  /** Impact's topic (tests use their own). */
  topic: string;
  now: () => Date;
}
