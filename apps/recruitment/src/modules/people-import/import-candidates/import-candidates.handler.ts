import { assertTerritory, type Principal } from '@binome/auth';
import type { FieldIssue } from '@binome/errors';
import { z } from 'zod';
import { applyRequest } from '../../candidates/apply/apply.request';
import { newCandidate } from '../../candidates/candidate.factory';
import type { CandidateRepository } from '../../candidates/candidate.repository';
import { deterministicId, duplicateIssues, kindOfSchema, parseRows, shapeOf, type ColumnSpec } from '../csv-rows';
import type { ImportOutcome } from '../import.outcome';

/**
 * Columns of a candidates CSV: every top-level field of the public application (`applyRequest`)
 * with a flat column of the same name, plus the consent flattened (`consentDataProcessing`,
 * `consentPartnerSharing`, `noticeVersion`) and two list cells: `languages` ("ar:native; fr:basic")
 * and `experience` ("seller|retail|3|SY; driver|transport|2|AF"). Derived from the schema, so a
 * field added to the application is importable at once.
 */
export function candidateColumns(territories: readonly string[]): ColumnSpec[] {
  const shape = shapeOf(applyRequest(territories));
  const specs: ColumnSpec[] = [];
  for (const [key, type] of Object.entries(shape)) {
    if (key === 'territoryId' || key === 'consent') continue;
    if (key === 'languages') specs.push({ column: key, path: [key], kind: 'languages' });
    else if (key === 'experience') specs.push({ column: key, path: [key], kind: 'experience' });
    else {
      const kind = kindOfSchema(type);
      // channel is derived from the referring partner when the column is empty (rowSchema).
      if (kind) specs.push({ column: key, path: [key], kind, required: !type.isOptional() && key !== 'channel' });
    }
  }
  specs.push(
    { column: 'consentDataProcessing', path: ['consent', 'dataProcessing'], kind: 'bool', required: true },
    { column: 'consentPartnerSharing', path: ['consent', 'partnerSharing'], kind: 'bool' },
    { column: 'noticeVersion', path: ['consent', 'noticeVersion'], kind: 'text', required: true },
  );
  return specs;
}

/** A CSV row: partners rarely fill a channel (derived from the referring partner); no partner sharing unless said. */
function rowSchema(territories: readonly string[]) {
  return z.preprocess((raw) => {
    const input = raw as Record<string, unknown>;
    const consent = (input.consent ?? {}) as Record<string, unknown>;
    return {
      ...input,
      channel: input.channel ?? (input.referringPartnerId ? 'partner_referral' : 'other'),
      consent: { ...consent, partnerSharing: consent.partnerSharing ?? false },
    };
  }, applyRequest(territories));
}

/**
 * All-or-nothing import of candidates into one territory (see ARCHITECTURE.md, "CSV imports"):
 * 1. every row is validated with the public application's schema; 2. duplicates within the file
 * and against the territory's stored applications are refused; only then 3. rows are written, each
 * with an id derived from territory + email and an insert-if-absent, so a retry after a failure
 * midway completes the import without duplicating anyone or re-publishing CandidateApplied.
 */
export async function importCandidates(
  repository: CandidateRepository,
  territories: readonly string[],
  principal: Principal,
  territoryId: string,
  csv: string,
  options: { dryRun: boolean },
): Promise<ImportOutcome> {
  assertTerritory(principal, territoryId);
  const { rows, issues } = parseRows(csv, candidateColumns(territories), rowSchema(territories), { territoryId });
  issues.push(...duplicateIssues(rows, (v) => v.email, 'email'));
  const idOf = (email: string) => deterministicId('candidate', territoryId, email);
  if (issues.length === 0) {
    const idByEmail = await repository.idsByEmail(
      territoryId,
      rows.map((r) => r.value.email),
    );
    for (const r of rows) {
      const found = idByEmail.get(r.value.email);
      if (found && found !== idOf(r.value.email)) issues.push(existingIssue(r.line));
    }
  }
  if (issues.length) return { kind: 'invalid', issues };
  if (options.dryRun) return { kind: 'valid', rows: rows.length };
  const ids: string[] = [];
  let created = 0;
  for (const r of rows) {
    const id = idOf(r.value.email);
    // The consent was collected by the partner, on the notice version given in the row.
    const { candidate, events } = newCandidate(r.value, { id, by: principal.subject, note: 'csv import' });
    if (await repository.insertIfAbsent(candidate, events)) created++;
    ids.push(id);
  }
  return { kind: 'imported', created, alreadyPresent: rows.length - created, ids };
}

const existingIssue = (line: number): FieldIssue => ({
  field: `line ${line}: email`,
  message: 'an application with this email already exists in this territory',
});
