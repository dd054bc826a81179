import type { BinomeDataProvider } from '../data/data-provider';

export interface TerritoryIndicators {
  applications: number;
  candidates: Record<string, number>;
  volunteers: Record<string, number>;
  health: Record<string, number>;
}
export type Indicators = Record<string, TerritoryIndicators>;

const CANDIDATE_STATUSES = ['applied', 'screened', 'interviewed', 'admitted', 'waitlisted', 'referred', 'closed'];
const VOLUNTEER_STATUSES = ['enrolled', 'trained', 'active', 'withdrawn'];

/**
 * The dashboard's figures, from the services' own answers: impact's application count, and counts
 * read from `X-Total-Count` of one-row lists filtered by status (the services count, the browser
 * never downloads the records); pairs by health from scheduling's triage queue.
 */
export async function loadIndicators(
  binome: BinomeDataProvider,
  territories: readonly string[],
  options: { triage: boolean },
): Promise<Indicators> {
  const count = async (resource: string, filter: Record<string, string>) =>
    (
      await binome
        .getList(resource, { pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' }, filter })
        .catch(() => ({ total: 0 }))
    ).total ?? 0;
  const byStatus = async (resource: string, territoryId: string, statuses: readonly string[]) =>
    Object.fromEntries(
      await Promise.all(statuses.map(async (status) => [status, await count(resource, { territoryId, status })] as const)),
    );
  const health = async (territoryId: string) => {
    const counts: Record<string, number> = {};
    if (!options.triage) return counts;
    for (let page = 1; page <= 10; page++) {
      const { data, total } = await binome
        .getList('triage', { pagination: { page, perPage: 100 }, sort: { field: 'id', order: 'ASC' }, filter: { territoryId } })
        .catch(() => ({ data: [], total: 0 }));
      for (const row of data) counts[row.status as string] = (counts[row.status as string] ?? 0) + 1;
      if (page * 100 >= (total ?? 0) || data.length === 0) break;
    }
    return counts;
  };
  const entries = await Promise.all(
    territories.map(async (t) => {
      const [applications, candidates, volunteers, h] = await Promise.all([
        binome
          .call<{ count: number }>('impact', 'GET', `/v1/territories/${t}/application-count`)
          .then((r) => r.data.count)
          .catch(() => 0),
        byStatus('candidates', t, CANDIDATE_STATUSES),
        byStatus('volunteers', t, VOLUNTEER_STATUSES),
        health(t),
      ]);
      return [t, { applications, candidates, volunteers, health: h }] as const;
    }),
  );
  return Object.fromEntries(entries);
}
