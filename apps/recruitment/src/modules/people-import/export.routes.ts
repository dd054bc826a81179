import type { Response, Router } from 'express';
import { z } from 'zod';
import { authorize, principalOf, TERRITORY_REACHES } from '@binome/auth';
import { validationFailed } from '@binome/errors';
import { inputOf, validate } from '@binome/http-server';
import type { CandidateRepository } from '../candidates/candidate.repository';
import { allCandidates, candidateFilterShape, type CandidateFilter } from '../candidates/list-candidates/candidate-search';
import type { VolunteerRepository } from '../volunteers/volunteer.repository';
import { ExportVolunteersQuery } from '../volunteers/volunteer.request';
import { toCsv } from './csv';

/** Exports read people of whole territories: the territory reaches only. */
const reads = (resource: 'candidates' | 'volunteers') => authorize(resource, 'read', { serves: TERRITORY_REACHES });
export const MAX_EXPORT_ROWS = 20_000;
const ExportCandidatesQuery = z.object(candidateFilterShape).strict();

function send(res: Response, name: string, csv: string): void {
  const day = new Date().toISOString().slice(0, 10);
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${name}-${day}.csv"`);
  res.setHeader('Cache-Control', 'no-store');
  res.send(csv);
}

function tooMany(total: number): never {
  throw validationFailed([{ field: 'query', message: `${total} rows match; at most ${MAX_EXPORT_ROWS} per export: narrow the filters` }]);
}

const join = (values: readonly unknown[] | undefined) => (values ?? []).join('; ');
const date = (d: Date | string | undefined) => (d instanceof Date ? d.toISOString() : (d ?? ''));

/**
 * CSV exports for spreadsheets, tenant-scoped and with the list's filters:
 * `GET /v1/exports/candidates.csv` and `GET /v1/exports/volunteers.csv`. UTF-8 with a BOM (Excel),
 * CRLF, and cells that would start a formula prefixed with a quote (CSV injection).
 */
export function exportRoutes(router: Router, candidates: CandidateRepository, volunteers: VolunteerRepository): void {
  router.get('/v1/exports/candidates.csv', reads('candidates'), validate({ query: ExportCandidatesQuery }), async (_req, res) => {
    const q = inputOf<unknown, CandidateFilter>(res).query;
    const { items, total } = await allCandidates(candidates, principalOf(res).scope, q, MAX_EXPORT_ROWS);
    if (total > MAX_EXPORT_ROWS) tooMany(total);
    const header = [
      'id', 'territoryId', 'status', 'firstName', 'lastName', 'email', 'phone', 'town', 'protectionStatus', 'frenchLevel',
      'languages', 'targetTrade', 'targetSector', 'channel', 'referringPartnerId', 'promotionId', 'appliedAt',
    ];
    const rows = items.map((c) => [
      c._id, c.territoryId, c.status, c.identity?.firstName, c.identity?.lastName, c.contact?.email, c.contact?.phone, c.contact?.town,
      c.protection?.status, c.frenchLevel, join((c.languages ?? []).map((l) => `${l.language}:${l.level}`)), c.target?.trade, c.target?.sector,
      c.channel, c.referringPartnerId, c.promotionId, date(c.appliedAt),
    ]);
    send(res, 'candidates', toCsv(header, rows));
  });

  router.get('/v1/exports/volunteers.csv', reads('volunteers'), validate({ query: ExportVolunteersQuery }), async (_req, res) => {
    const q = inputOf<unknown, z.infer<typeof ExportVolunteersQuery>>(res).query;
    const { items, total } = await volunteers.allMatching(principalOf(res).scope, q, MAX_EXPORT_ROWS);
    if (total > MAX_EXPORT_ROWS) tooMany(total);
    const header = [
      'id', 'territoryId', 'promotionId', 'companyId', 'status', 'trained', 'firstName', 'lastName', 'email', 'phone', 'jobTitle', 'sector',
      'trade', 'workplaceAddress', 'workplaceTown', 'languages', 'availability', 'strengths', 'capacity', 'commitmentPlannedDays',
      'trainingAttendedOn', 'awarenessSessionDate', 'createdAt',
    ];
    const rows = items.map((v) => [
      v._id, v.territoryId, v.promotionId, v.companyId, v.status, v.trained, v.identity.firstName, v.identity.lastName, v.contact.email,
      v.contact.phone, v.jobTitle, v.sector, v.trade, v.workplace.address, v.workplace.town, join(v.languages.map((l) => `${l.language}:${l.level}`)),
      join(v.availability), join(v.strengths), v.capacity, v.commitment.plannedDays, v.training.attendedOn, v.awarenessSession?.date, date(v.createdAt),
    ]);
    send(res, 'volunteers', toCsv(header, rows));
  });
}
