import type { TerritoryPolicy } from '../scheduling.config';
import { DEFAULT_CADENCE, type CadencePolicy } from './health/cadence';
import { DEFAULT_LEDGER, type LedgerPolicy } from './ledger/time-ledger';

/** Per-territory programme figures (TERRITORY_POLICIES); a territory without any keeps the programme's. */
export type PoliciesOf = Readonly<Record<string, TerritoryPolicy>>;

export function cadencePolicyOf(policies: PoliciesOf | undefined, territoryId: string): CadencePolicy {
  const p = policies?.[territoryId];
  return {
    firstMeetingWithinDays: p?.firstMeetingWithinDays ?? DEFAULT_CADENCE.firstMeetingWithinDays,
    meetingsPerMonth: p?.meetingsPerMonth ?? DEFAULT_CADENCE.meetingsPerMonth,
  };
}

export function ledgerPolicyOf(policies: PoliciesOf | undefined, territoryId: string): LedgerPolicy {
  const p = policies?.[territoryId];
  return { capDays: p?.capDays ?? DEFAULT_LEDGER.capDays, hoursPerDay: p?.hoursPerDay ?? DEFAULT_LEDGER.hoursPerDay };
}
