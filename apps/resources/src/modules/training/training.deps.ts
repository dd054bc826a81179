import type { CompletionRepository, TrainingModuleRepository } from './training-module.repository';

/** What the training use cases receive. */
export interface TrainingDeps {
  modules: TrainingModuleRepository;
  completions: CompletionRepository;
  now: () => Date;
}
