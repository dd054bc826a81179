import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { FieldIssue } from '@binome/errors';
import { parseCsv, CsvSyntaxError, type CsvRecord } from './csv';

/** How a CSV column becomes a field of the API request the row is validated with. */
export type ColumnKind = 'text' | 'bool' | 'number' | 'list' | 'languages' | 'experience';
export interface ColumnSpec {
  column: string;
  path: string[];
  kind: ColumnKind;
  required?: boolean;
}

export const MAX_ROWS = 2_000;
export const MAX_REPORTED_ERRORS = 200;

function unwrap(t: z.ZodTypeAny): z.ZodTypeAny {
  let cur = t;
  for (;;) {
    if (cur instanceof z.ZodOptional || cur instanceof z.ZodNullable || cur instanceof z.ZodDefault) cur = cur._def.innerType;
    else if (cur instanceof z.ZodEffects) cur = cur._def.schema;
    else return cur;
  }
}

/** The object shape behind a request schema (through refinements and transforms). */
export function shapeOf(schema: z.ZodTypeAny): Record<string, z.ZodTypeAny> {
  const inner = unwrap(schema);
  if (!(inner instanceof z.ZodObject)) throw new Error('expected an object schema');
  return inner.shape as Record<string, z.ZodTypeAny>;
}

/** The column kind of a top-level field, from its zod type; undefined for nested objects. */
export function kindOfSchema(t: z.ZodTypeAny): ColumnKind | undefined {
  const inner = unwrap(t);
  if (inner instanceof z.ZodBoolean) return 'bool';
  if (inner instanceof z.ZodLiteral) return typeof inner.value === 'boolean' ? 'bool' : 'text';
  if (inner instanceof z.ZodNumber) return 'number';
  if (inner instanceof z.ZodArray) return unwrap(inner.element) instanceof z.ZodObject ? undefined : 'list';
  if (inner instanceof z.ZodObject) return undefined;
  return 'text';
}

const TRUE = new Set(['true', 'yes', 'oui', '1', 'y', 'o', 'vrai']);
const FALSE = new Set(['false', 'no', 'non', '0', 'n', 'faux']);
const list = (v: string, sep = /[;|,]/) =>
  v
    .split(sep)
    .map((s) => s.trim())
    .filter(Boolean);

/** A cell's value for the request; values that do not parse are passed as text so zod names the problem. */
export function cellValue(kind: ColumnKind, raw: string): unknown {
  const v = raw.trim();
  switch (kind) {
    case 'bool':
      return TRUE.has(v.toLowerCase()) ? true : FALSE.has(v.toLowerCase()) ? false : v;
    case 'number':
      return /^-?\d+(?:[.,]\d+)?$/.test(v) ? Number(v.replace(',', '.')) : v;
    case 'list':
      return list(v);
    case 'languages':
      // "ar:native; fr:basic"
      return list(v).map((item) => {
        const [language, level] = item.split(':').map((s) => s.trim());
        return level === undefined ? { language } : { language, level };
      });
    case 'experience':
      // "seller|retail|3|SY; driver|transport|2|AF"
      return list(v, /;/).map((item) => {
        const [trade, sector, years, country] = item.split('|').map((s) => s.trim());
        return { trade, sector, years: cellValue('number', years ?? ''), country };
      });
    default:
      return v;
  }
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let cur = target;
  for (const key of path.slice(0, -1)) {
    if (typeof cur[key] !== 'object' || cur[key] === null) cur[key] = {};
    cur = cur[key] as Record<string, unknown>;
  }
  cur[path[path.length - 1]] = value;
}

/** The column an issue path belongs to (longest matching column path), for `line 7: email`. */
export function columnOf(specs: readonly ColumnSpec[], path: readonly (string | number)[]): string {
  let best: ColumnSpec | undefined;
  for (const s of specs) {
    if (s.path.length <= path.length && s.path.every((p, i) => p === path[i]) && (!best || s.path.length > best.path.length)) best = s;
  }
  if (best) return best.column;
  // An issue on a parent object (e.g. "commitment" missing): the first column under it.
  const child = specs.find((s) => path.length > 0 && path.every((p, i) => s.path[i] === p));
  return child?.column ?? (path.length ? path.join('.') : 'row');
}

export interface ParsedRow<T> {
  line: number;
  value: T;
}

export interface RowsResult<T> {
  rows: ParsedRow<T>[];
  issues: FieldIssue[];
}

export class TooManyRows extends Error {}

/**
 * Parses the file and validates every row with `schema`, collecting every problem as
 * `{field: 'line 7: email', message}`. The header is line 1; unknown, duplicate and missing
 * required columns are reported on it. `fixed` fields (the territory) are merged into every row.
 */
export function parseRows<S extends z.ZodTypeAny>(
  csv: string,
  specs: readonly ColumnSpec[],
  schema: S,
  fixed: Record<string, unknown>,
): RowsResult<z.infer<S>> {
  let records: CsvRecord[];
  try {
    records = parseCsv(csv);
  } catch (e) {
    if (e instanceof CsvSyntaxError)
      return { rows: [], issues: [{ field: `line ${e.line}`, message: e.message.replace(/^line \d+: /, '') }] };
    throw e;
  }
  const [header, ...body] = records;
  if (!header) return { rows: [], issues: [{ field: 'file', message: 'the file is empty: expected a header line and at least one row' }] };
  if (body.length > MAX_ROWS) throw new TooManyRows(`at most ${MAX_ROWS} rows per import (got ${body.length})`);
  const issues: FieldIssue[] = [];
  const byColumn = new Map(specs.map((s) => [s.column.toLowerCase(), s]));
  const columns = header.fields.map((h) => h.trim());
  const seen = new Set<string>();
  const fixedColumns = new Set(Object.keys(fixed).map((k) => k.toLowerCase()));
  columns.forEach((c) => {
    const key = c.toLowerCase();
    if (seen.has(key)) issues.push({ field: `line ${header.line}: ${c}`, message: 'duplicate column' });
    seen.add(key);
    if (!byColumn.has(key) && !fixedColumns.has(key))
      issues.push({
        field: `line ${header.line}: ${c || '(empty)'}`,
        message: `unknown column; expected some of: ${specs.map((s) => s.column).join(', ')}`,
      });
  });
  for (const s of specs)
    if (s.required && !seen.has(s.column.toLowerCase()))
      issues.push({ field: `line ${header.line}: ${s.column}`, message: 'missing required column' });
  if (issues.length) return { rows: [], issues };
  if (body.length === 0) return { rows: [], issues: [{ field: 'file', message: 'no rows to import' }] };

  const rows: ParsedRow<z.infer<S>>[] = [];
  for (const record of body) {
    const at = `line ${record.line}`;
    if (record.fields.length !== columns.length) {
      issues.push({ field: `${at}: row`, message: `expected ${columns.length} fields, got ${record.fields.length}` });
      continue;
    }
    const input: Record<string, unknown> = {};
    columns.forEach((c, i) => {
      const key = c.toLowerCase();
      const raw = record.fields[i];
      if (fixedColumns.has(key)) {
        const expected = Object.entries(fixed).find(([k]) => k.toLowerCase() === key)?.[1];
        if (raw.trim() !== '' && raw.trim() !== String(expected))
          issues.push({ field: `${at}: ${c}`, message: `must be empty or ${String(expected)} (the import's ${c})` });
        return;
      }
      const spec = byColumn.get(key) as ColumnSpec;
      if (raw.trim() === '') return;
      setPath(input, spec.path, cellValue(spec.kind, raw));
    });
    const parsed = schema.safeParse({ ...input, ...fixed });
    if (parsed.success) rows.push({ line: record.line, value: parsed.data });
    else for (const issue of parsed.error.issues) issues.push({ field: `${at}: ${columnOf(specs, issue.path)}`, message: issue.message });
  }
  return { rows, issues };
}

/** Reports every duplicate key in the batch: `line 9: email` "same as line 4". */
export function duplicateIssues<T>(rows: readonly ParsedRow<T>[], keyOf: (v: T) => string, column: string): FieldIssue[] {
  const first = new Map<string, number>();
  const issues: FieldIssue[] = [];
  for (const r of rows) {
    const k = keyOf(r.value);
    const at = first.get(k);
    if (at === undefined) first.set(k, r.line);
    else issues.push({ field: `line ${r.line}: ${column}`, message: `duplicate of line ${at} in this file` });
  }
  return issues;
}

/**
 * A UUID derived from the natural key (territory + email...): the same row imported twice gets the
 * same id, so a retried import finds what the first attempt wrote instead of duplicating it.
 */
export function deterministicId(...parts: string[]): string {
  const h = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Caps the reported errors so a 2,000-row file of garbage does not produce a 2 MB answer. */
export function capIssues(issues: FieldIssue[]): FieldIssue[] {
  if (issues.length <= MAX_REPORTED_ERRORS) return issues;
  return [
    ...issues.slice(0, MAX_REPORTED_ERRORS),
    { field: 'file', message: `${issues.length - MAX_REPORTED_ERRORS} more errors not shown` },
  ];
}
