import type { Router } from 'express';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { route } from '@binome/http-server';
import type { VolunteerDeps } from '../../volunteers/volunteers.deps';
import { answerImport } from '../import.outcome';
import { CsvFile, IMPORT_RESPONSES, importQuery } from '../people-import.request';
import { importVolunteers } from './import-volunteers.handler';

/** `POST /v1/imports/volunteers?territoryId=rennes` with `Content-Type: text/csv`; same rules as the candidates import. */
export function importVolunteersRoutes(router: Router, volunteerDeps: VolunteerDeps, territories: readonly string[]): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/imports/volunteers',
      operationId: 'importVolunteers',
      summary: 'Importer des salariés volontaires (CSV)',
      summaryEn: 'Import volunteers (CSV)',
      tags: ['recrutement'],
      access: authorize('volunteers', 'write', { serves: TERRITORY_REACHES }),
      request: { query: importQuery(territories), body: CsvFile, bodyType: 'csv', bodyLimit: '2mb' },
      responses: IMPORT_RESPONSES,
    },
    async ({ query: q, body: csv }, { principal }) =>
      answerImport(() => importVolunteers(volunteerDeps, territories, principal, q.territoryId, csv, { dryRun: q.dryRun })),
  );
}
