import type { Principal } from '@binome/auth';
import type { CandidateRepository } from '../../candidates/candidate.repository';
import { allCandidates } from '../../candidates/candidate-search';
import { toCsv } from '../csv';
import { date, join, MAX_EXPORT_ROWS, tooMany } from '../csv-export';
import type { ExportCandidatesQuery } from './export-candidates.request';

/** The principal's territories' candidates matching the list's filters, as CSV (400 beyond the row cap). */
export async function exportCandidates(candidates: CandidateRepository, principal: Principal, q: ExportCandidatesQuery): Promise<string> {
  const { items, total } = await allCandidates(candidates, principal.scope, q, MAX_EXPORT_ROWS);
  if (total > MAX_EXPORT_ROWS) tooMany(total);
  const header = [
    'id',
    'territoryId',
    'status',
    'firstName',
    'lastName',
    'email',
    'phone',
    'town',
    'protectionStatus',
    'frenchLevel',
    'languages',
    'targetTrade',
    'targetSector',
    'channel',
    'referringPartnerId',
    'promotionId',
    'appliedAt',
  ];
  const rows = items.map((c) => [
    c._id,
    c.territoryId,
    c.status,
    c.identity?.firstName,
    c.identity?.lastName,
    c.contact?.email,
    c.contact?.phone,
    c.contact?.town,
    c.protection?.status,
    c.frenchLevel,
    join((c.languages ?? []).map((l) => `${l.language}:${l.level}`)),
    c.target?.trade,
    c.target?.sector,
    c.channel,
    c.referringPartnerId,
    c.promotionId,
    date(c.appliedAt),
  ]);
  return toCsv(header, rows);
}
