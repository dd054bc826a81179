import { assertTerritory, type Principal } from '@binome/auth';
import type { ApplicationCount, ApplicationFactsRepository } from '../application-fact.repository';

/**
 * A territory's count is an indicator of the whole territory: the caller must act on that
 * territory (REST and gRPC alike check the matrix's `indicators` read with a territory reach first).
 */
export async function countApplications(
  repository: ApplicationFactsRepository,
  principal: Principal,
  territoryId: string,
): Promise<ApplicationCount> {
  assertTerritory(principal, territoryId);
  return repository.count(principal.scope, territoryId);
}
