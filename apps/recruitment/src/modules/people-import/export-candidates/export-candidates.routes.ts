import type { Router } from 'express';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { route } from '@binome/http-server';
import type { CandidateRepository } from '../../candidates/candidate.repository';
import { CSV_RESPONSE, csvFile, MAX_EXPORT_ROWS } from '../csv-export';
import { exportCandidates } from './export-candidates.handler';
import { ExportCandidatesQuery } from './export-candidates.request';

/**
 * `GET /v1/exports/candidates.csv`, tenant-scoped, with the list's filters: UTF-8 with a BOM (Excel),
 * CRLF, cells that would start a formula prefixed with a quote (CSV injection). Territory reaches only.
 */
export function exportCandidatesRoutes(router: Router, candidates: CandidateRepository): void {
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
      access: authorize('candidates', 'read', { serves: TERRITORY_REACHES }),
      request: { query: ExportCandidatesQuery },
      responses: { 200: CSV_RESPONSE },
    },
    async ({ query: q }, { principal }) => csvFile('candidates', await exportCandidates(candidates, principal, q)),
  );
}
