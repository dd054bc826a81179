import type { Router } from 'express';
import { z } from 'zod';
import { assertTerritory, authorize, TERRITORY_REACHES } from '@binome/auth';
import { AppError, validationFailed } from '@binome/errors';
import { described, reply, route } from '@binome/http-server';
import type { CandidateRepository } from '../candidates/candidate.repository';
import type { VolunteerDeps } from '../volunteers/volunteer.handlers';
import { importCandidates } from './candidate-import';
import { capIssues, TooManyRows } from './csv-rows';
import type { ImportOutcome } from './import.outcome';
import { importVolunteers } from './volunteer-import';

/** Imports write people of whole territories: the territory reaches only. */
const writes = (resource: 'candidates' | 'volunteers') => authorize(resource, 'write', { serves: TERRITORY_REACHES });

/** The file: UTF-8 text/csv up to 2 MB (413 beyond; the shared app parses JSON only). */
const CsvFile = described(z.string(), 'UTF-8, première ligne : en-têtes / first line: headers');

function importQuery(territories: readonly string[]) {
  return z
    .object({
      territoryId: z.enum(territories as [string, ...string[]]),
      dryRun: z.enum(['true', 'false']).transform((v) => v === 'true').default('false'),
    })
    .strict();
}

async function run(importer: () => Promise<ImportOutcome>) {
  let outcome: ImportOutcome;
  try {
    outcome = await importer();
  } catch (e) {
    if (e instanceof TooManyRows) throw new AppError('payload_too_large', e.message, { fields: [{ field: 'file', message: e.message }] });
    throw e;
  }
  if (outcome.kind === 'invalid') throw validationFailed(capIssues(outcome.issues), `The file has ${outcome.issues.length} problem(s); nothing was imported`);
  if (outcome.kind === 'valid') return reply({ status: 200, body: { dryRun: true, rows: outcome.rows } });
  return reply({ status: outcome.created > 0 ? 201 : 200, body: { created: outcome.created, alreadyPresent: outcome.alreadyPresent, ids: outcome.ids } });
}

/**
 * CSV imports from partners' spreadsheets: `POST /v1/imports/candidates?territoryId=rennes` and
 * `POST /v1/imports/volunteers?territoryId=rennes` with `Content-Type: text/csv`. All-or-nothing:
 * any bad row → 400 naming `line N: column` for every problem, nothing written; `dryRun=true`
 * validates only. A retried import creates only what is missing (201 when it created rows, else 200).
 */
export function importRoutes(router: Router, candidates: CandidateRepository, volunteerDeps: VolunteerDeps, territories: readonly string[]): void {
  const query = importQuery(territories);
  const responses = {
    200: { description: 'Validé (dryRun) ou déjà présent / validated (dryRun) or already present' },
    201: { description: 'Lignes créées / rows created' },
  };
  route(
    router,
    {
      method: 'post',
      path: '/v1/imports/candidates',
      operationId: 'importCandidates',
      summary: 'Importer des candidats (CSV)',
      summaryEn: 'Import candidates (CSV)',
      tags: ['recrutement'],
      access: writes('candidates'),
      request: { query, body: CsvFile, bodyType: 'csv', bodyLimit: '2mb' },
      responses,
    },
    async ({ query: q, body: csv }, { principal }) => {
      assertTerritory(principal, q.territoryId);
      return run(() => importCandidates(candidates, territories, principal, q.territoryId, csv, { dryRun: q.dryRun }));
    },
  );

  route(
    router,
    {
      method: 'post',
      path: '/v1/imports/volunteers',
      operationId: 'importVolunteers',
      summary: 'Importer des salariés volontaires (CSV)',
      summaryEn: 'Import volunteers (CSV)',
      tags: ['recrutement'],
      access: writes('volunteers'),
      request: { query, body: CsvFile, bodyType: 'csv', bodyLimit: '2mb' },
      responses,
    },
    async ({ query: q, body: csv }, { principal }) => {
      assertTerritory(principal, q.territoryId);
      return run(() => importVolunteers(volunteerDeps, territories, principal, q.territoryId, csv, { dryRun: q.dryRun }));
    },
  );
}
