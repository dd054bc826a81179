import type { Router } from 'express';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { route } from '@binome/http-server';
import type { VolunteerRepository } from '../../volunteers/volunteer.repository';
import { CSV_RESPONSE, csvFile, MAX_EXPORT_ROWS } from '../csv-export';
import { exportVolunteers } from './export-volunteers.handler';
import { ExportVolunteersQuery } from './export-volunteers.request';

/** `GET /v1/exports/volunteers.csv`: like the candidates export. Territory reaches only. */
export function exportVolunteersRoutes(router: Router, volunteers: VolunteerRepository): void {
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
      access: authorize('volunteers', 'read', { serves: TERRITORY_REACHES }),
      request: { query: ExportVolunteersQuery },
      responses: { 200: CSV_RESPONSE },
    },
    async ({ query: q }, { principal }) => csvFile('volunteers', await exportVolunteers(volunteers, principal, q)),
  );
}
