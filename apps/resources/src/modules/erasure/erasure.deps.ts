import type { BadgeRepository } from '../certification/badge.repository';
import type { CompletionRepository } from '../training/training-module.repository';

export interface ErasureDeps {
  badges: BadgeRepository;
  completions: CompletionRepository;
  now: () => Date;
}
