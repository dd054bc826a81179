import type { Router } from 'express';
import { z } from 'zod';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { validationFailed } from '@binome/errors';
import { reply, route } from '@binome/http-server';
import type { CandidateRepository } from '../candidates/candidate.repository';
import { allCandidates, candidateFilterShape } from '../candidates/list-candidates/candidate-search';
import type { VolunteerRepository } from '../volunteers/volunteer.repository';
import { volunteerFilterShape } from '../volunteers/volunteers.request';
import { toCsv } from './csv';

/** Exports read people of whole territories: the territory reaches only. */
const reads = (resource: 'candidates' | 'volunteers') => authorize(resource, 'read', { serves: TERRITORY_REACHES });
export const MAX_EXPORT_ROWS = 20_000;
const ExportCandidatesQuery = z.object(candidateFilterShape).strict();
const ExportVolunteersQuery = z.object(volunteerFilterShape).strict();

function csvFile(name: string, csv: string) {
  const day = new Date().toISOString().slice(0, 10);
  return reply({
    status: 200,
    body: csv,
    contentType: 'text/csv; charset=utf-8',
    headers: { 'Content-Disposition': `attachment; filename="${name}-${day}.csv"`, 'Cache-Control': 'no-store' },
  });
}

const CSV_RESPONSE = { description: 'UTF-8 avec BOM, CRLF / UTF-8 with a BOM, CRLF', contentType: 'text/csv', schema: z.string() };

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
  route(
    router,
    {
      method: 'get',
      path: '/v1/exports/candidates.csv',
      operationId: 'exportCandidates',
      summary: 'Exporter les candidats (CSV)',
      summaryEn: 'Export candidates (CSV)',
      description: `Filtres de la liste / the list's filters; au plus / at most ${MAX_EXPORT_ROWS} lignes / rows.`,
      tags: ['recrutement'],
      access: reads('candidates'),
      request: { query: ExportCandidatesQuery },
      responses: { 200: CSV_RESPONSE },
    },
    async ({ query: q }, { principal }) => {
      const { items, total } = await allCandidates(candidates, principal.scope, q, MAX_EXPORT_ROWS);
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
      return csvFile('candidates', toCsv(header, rows));
    },
  );

  route(
    router,
    {
      method: 'get',
      path: '/v1/exports/volunteers.csv',
      operationId: 'exportVolunteers',
      summary: 'Exporter les salariés volontaires (CSV)',
      summaryEn: 'Export volunteers (CSV)',
      description: `Filtres de la liste / the list's filters; au plus / at most ${MAX_EXPORT_ROWS} lignes / rows.`,
      tags: ['recrutement'],
      access: reads('volunteers'),
      request: { query: ExportVolunteersQuery },
      responses: { 200: CSV_RESPONSE },
    },
    async ({ query: q }, { principal }) => {
      const { items, total } = await volunteers.allMatching(principal.scope, q, MAX_EXPORT_ROWS);
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
      return csvFile('volunteers', toCsv(header, rows));
    },
  );
}
