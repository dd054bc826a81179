import { AppError, validationFailed, type FieldIssue } from '@binome/errors';
import { reply } from '@binome/http-server';
import { capIssues, TooManyRows } from './csv-rows';

export type ImportOutcome =
  | { kind: 'invalid'; issues: FieldIssue[] }
  | { kind: 'valid'; rows: number }
  | { kind: 'imported'; created: number; alreadyPresent: number; ids: string[] };

/**
 * The answer to an import: 413 beyond the row limit, 400 naming every bad `line N: column`
 * (nothing written), 200 for a dry run or when everything was already present, 201 when rows were created.
 */
export async function answerImport(importer: () => Promise<ImportOutcome>) {
  let outcome: ImportOutcome;
  try {
    outcome = await importer();
  } catch (e) {
    if (e instanceof TooManyRows) throw new AppError('payload_too_large', e.message, { fields: [{ field: 'file', message: e.message }] });
    throw e;
  }
  if (outcome.kind === 'invalid')
    throw validationFailed(capIssues(outcome.issues), `The file has ${outcome.issues.length} problem(s); nothing was imported`);
  if (outcome.kind === 'valid') return reply({ status: 200, body: { dryRun: true, rows: outcome.rows } });
  return reply({
    status: outcome.created > 0 ? 201 : 200,
    body: { created: outcome.created, alreadyPresent: outcome.alreadyPresent, ids: outcome.ids },
  });
}
