/**
 * The vocabularies of apps/impact's outcomes (`modules/outcomes/outcome-typology.ts`), which the
 * console labels: what a beneficiary went on to, its place in the French insertion typology and
 * whether it is a positive exit by the programme's own definition. Impact computes both
 * classifications itself (the list shows what it served); the form shows them while choosing.
 */
export const OUTCOME_KINDS = [
  'permanent-contract',
  'fixed-term-6-months-or-more',
  'fixed-term-under-6-months',
  'internship',
  'qualifying-training',
  'pre-qualifying-training',
  'insertion-job',
  'business-creation',
  'volunteering',
  'none',
] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

export const INSERTION_CATEGORIES = ['lasting-job', 'transition-job', 'positive-exit-training', 'other'] as const;
export type InsertionCategory = (typeof INSERTION_CATEGORIES)[number];

export const INSERTION_CATEGORY: Record<OutcomeKind, InsertionCategory> = {
  'permanent-contract': 'lasting-job',
  'fixed-term-6-months-or-more': 'lasting-job',
  'business-creation': 'lasting-job',
  'fixed-term-under-6-months': 'transition-job',
  'insertion-job': 'transition-job',
  'qualifying-training': 'positive-exit-training',
  'pre-qualifying-training': 'positive-exit-training',
  internship: 'other',
  volunteering: 'other',
  none: 'other',
};

export const PROGRAMME_POSITIVE: ReadonlySet<OutcomeKind> = new Set([
  'permanent-contract',
  'fixed-term-6-months-or-more',
  'internship',
  'qualifying-training',
]);

const blank = (v: unknown) =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && !v.length);

/**
 * What the answer form sends (`POST /v1/surveys/{id}/answers`): the answers alone, an unanswered
 * optional question left out (impact refuses `null`), free text trimmed. Impact checks each answer
 * against its question and names the one it refuses (`body.answers.<question>`).
 */
export function answersBody(values: Record<string, unknown>): { answers: Record<string, unknown> } {
  const answers: Record<string, unknown> = {};
  for (const [id, value] of Object.entries((values.answers as Record<string, unknown> | undefined) ?? {})) {
    if (blank(value)) continue;
    answers[id] = typeof value === 'string' ? value.trim() : value;
  }
  return { answers };
}

/** What the outcome form sends (`POST /v1/outcomes`): the pair, the kind, its date, the evidence when given (the promotion only chose the pair). */
export function outcomeBody(values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { pairId: values.pairId, kind: values.kind, startedOn: values.startedOn };
  if (!blank(values.evidence)) out.evidence = String(values.evidence).trim();
  return out;
}

/** A question as impact serves it (`GET /v1/questionnaires?lang=`), in the person's language. */
export type ServedQuestion = { id: string; text: string; optional: boolean } & (
  | { kind: 'boolean' }
  | { kind: 'scale'; min: number; max: number; minLabel: string; maxLabel: string }
  | { kind: 'number'; min: number; max: number; unit: string }
  | { kind: 'choice'; multiple: boolean; options: { code: string; text: string }[] }
  | { kind: 'text'; maxLength: number }
);

export interface ServedQuestionnaire {
  id: string;
  version: number;
  language: 'fr' | 'en';
  title: string;
  questions: ServedQuestion[];
}

/** The questionnaire a survey was scheduled with: answers keep the version they were given in. */
export const questionnaireOf = (served: readonly ServedQuestionnaire[], ref: { id: string; version: number } | undefined) =>
  ref ? served.find((q) => q.id === ref.id && q.version === ref.version) : undefined;
