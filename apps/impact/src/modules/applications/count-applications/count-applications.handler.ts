import { assertTerritory, type Principal } from '@binome/auth';
import { territory } from '@binome/persistence';
import type { IndicatorsDeps } from '../../indicators/indicators.deps';

export interface ApplicationCount {
  territoryId: string;
  count: number;
  lastAppliedAt: Date | undefined;
}

/**
 * A territory's count is an indicator of the whole territory: the caller must act on that
 * territory (REST and gRPC alike check the matrix's `indicators` read with a territory reach first).
 * Erased people stay counted (their fact is anonymised, not removed).
 */
export async function countApplications(
  d: Pick<IndicatorsDeps, 'facts'>,
  principal: Principal,
  territoryId: string,
): Promise<ApplicationCount> {
  assertTerritory(principal, territoryId);
  const latest = await d.facts().applications.findPage(territory(territoryId), {}, { skip: 0, limit: 1, sort: { appliedAt: -1 } });
  return { territoryId, count: latest.total, lastAppliedAt: latest.items[0]?.appliedAt };
}
