import type { FieldIssue } from '@binome/errors';

export type ImportOutcome =
  | { kind: 'invalid'; issues: FieldIssue[] }
  | { kind: 'valid'; rows: number }
  | { kind: 'imported'; created: number; alreadyPresent: number; ids: string[] };
