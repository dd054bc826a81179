import type { FactRepositories } from '../projection/fact.repository';

/** What the indicator use cases receive: the current projection (swapped by a replay) and the clock. */
export interface IndicatorsDeps {
  facts: () => FactRepositories;
  now: () => Date;
}
