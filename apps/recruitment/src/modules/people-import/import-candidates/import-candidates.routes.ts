import type { Router } from 'express';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { route } from '@binome/http-server';
import type { CandidateRepository } from '../../candidates/candidate.repository';
import { answerImport } from '../import.outcome';
import { CsvFile, IMPORT_RESPONSES, importQuery } from '../people-import.request';
import { importCandidates } from './import-candidates.handler';

/**
 * `POST /v1/imports/candidates?territoryId=rennes` with `Content-Type: text/csv`, from partners'
 * spreadsheets. All-or-nothing; `dryRun=true` validates only; a retried import creates only what
 * is missing. Imports write people of whole territories: the territory reaches only.
 */
export function importCandidatesRoutes(router: Router, candidates: CandidateRepository, territories: readonly string[]): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/imports/candidates',
      operationId: 'importCandidates',
      summary: 'Importer des candidats (CSV)',
      summaryEn: 'Import candidates (CSV)',
      tags: ['recrutement'],
      access: authorize('candidates', 'write', { serves: TERRITORY_REACHES }),
      request: { query: importQuery(territories), body: CsvFile, bodyType: 'csv', bodyLimit: '2mb' },
      responses: IMPORT_RESPONSES,
    },
    async ({ query: q, body: csv }, { principal }) =>
      answerImport(() => importCandidates(candidates, territories, principal, q.territoryId, csv, { dryRun: q.dryRun })),
  );
}
