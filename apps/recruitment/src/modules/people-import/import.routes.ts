import express, { type Request, type Router } from 'express';
import { z } from 'zod';
import { assertTerritory, authorize, principalOf, TERRITORY_REACHES } from '@binome/auth';
import { AppError, validationFailed } from '@binome/errors';
import { CSV_IMPORT_BODY_LIMIT, inputOf, validate } from '@binome/http-server';
import type { CandidateRepository } from '../candidates/candidate.repository';
import type { VolunteerDeps } from '../volunteers/volunteer.handlers';
import { importCandidates } from './candidate-import';
import { capIssues, TooManyRows } from './csv-rows';
import type { ImportOutcome } from './import.outcome';
import { importVolunteers } from './volunteer-import';

/** Imports write people of whole territories: the territory reaches only. */
const writes = (resource: 'candidates' | 'volunteers') => authorize(resource, 'write', { serves: TERRITORY_REACHES });

/** The shared app parses JSON only; these routes read text/csv bodies up to 2 MB (413 beyond), the gateway's limit for them too. */
const csvBody = express.text({ type: 'text/csv', limit: CSV_IMPORT_BODY_LIMIT });

function importQuery(territories: readonly string[]) {
  return z
    .object({
      territoryId: z.enum(territories as [string, ...string[]]),
      dryRun: z.enum(['true', 'false']).transform((v) => v === 'true').default('false'),
    })
    .strict();
}
type ImportQuery = z.infer<ReturnType<typeof importQuery>>;

function csvOf(req: Request): string {
  if (typeof req.body !== 'string' || !req.is('text/csv')) throw new AppError('unsupported_media_type', 'Send the file as text/csv (UTF-8)');
  return req.body;
}

async function run(importer: () => Promise<ImportOutcome>): Promise<{ status: number; body: unknown }> {
  let outcome: ImportOutcome;
  try {
    outcome = await importer();
  } catch (e) {
    if (e instanceof TooManyRows) throw new AppError('payload_too_large', e.message, { fields: [{ field: 'file', message: e.message }] });
    throw e;
  }
  if (outcome.kind === 'invalid') throw validationFailed(capIssues(outcome.issues), `The file has ${outcome.issues.length} problem(s); nothing was imported`);
  if (outcome.kind === 'valid') return { status: 200, body: { dryRun: true, rows: outcome.rows } };
  return { status: outcome.created > 0 ? 201 : 200, body: { created: outcome.created, alreadyPresent: outcome.alreadyPresent, ids: outcome.ids } };
}

/**
 * CSV imports from partners' spreadsheets: `POST /v1/imports/candidates?territoryId=rennes` and
 * `POST /v1/imports/volunteers?territoryId=rennes` with `Content-Type: text/csv`. All-or-nothing:
 * any bad row → 400 naming `line N: column` for every problem, nothing written; `dryRun=true`
 * validates only. A retried import creates only what is missing (201 when it created rows, else 200).
 */
export function importRoutes(router: Router, candidates: CandidateRepository, volunteerDeps: VolunteerDeps, territories: readonly string[], onWrite: () => void): void {
  const query = importQuery(territories);
  router.post('/v1/imports/candidates', writes('candidates'), validate({ query }), csvBody, async (req, res) => {
    const principal = principalOf(res);
    const q = inputOf<unknown, ImportQuery>(res).query;
    assertTerritory(principal, q.territoryId);
    const csv = csvOf(req);
    const out = await run(() => importCandidates(candidates, territories, principal, q.territoryId, csv, { dryRun: q.dryRun, requestId: String(req.id ?? '') }));
    onWrite();
    res.status(out.status).json(out.body);
  });

  router.post('/v1/imports/volunteers', writes('volunteers'), validate({ query }), csvBody, async (req, res) => {
    const principal = principalOf(res);
    const q = inputOf<unknown, ImportQuery>(res).query;
    assertTerritory(principal, q.territoryId);
    const csv = csvOf(req);
    const out = await run(() => importVolunteers(volunteerDeps, territories, principal, q.territoryId, csv, { dryRun: q.dryRun, requestId: String(req.id ?? '') }));
    onWrite();
    res.status(out.status).json(out.body);
  });
}
