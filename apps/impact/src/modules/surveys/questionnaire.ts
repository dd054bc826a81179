/** A question's wording in the languages the surveys are offered in. */
export type Text = { fr: string; en: string };
export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export type Question =
  | { id: string; kind: 'boolean'; text: Text }
  | { id: string; kind: 'scale'; text: Text; min: number; max: number; minLabel: Text; maxLabel: Text }
  | { id: string; kind: 'number'; text: Text; min: number; max: number; unit: Text }
  | { id: string; kind: 'choice'; text: Text; options: { code: string; text: Text }[]; multiple: boolean }
  /** Free text stays in impact: it never goes into an event or an indicator, and erasure removes it. */
  | { id: string; kind: 'text'; text: Text; maxLength: number };

export type Respondent = 'beneficiary' | 'volunteer';
export const WAVES = ['T0', 'T3', 'T6', 'T12'] as const;
export type Wave = (typeof WAVES)[number];
/** Months from the pair's start. */
export const WAVE_MONTHS: Record<Wave, number> = { T0: 0, T3: 3, T6: 6, T12: 12 };

export interface Questionnaire {
  id: string;
  /** Raised whenever a question changes; answers keep the version they were given in. */
  version: number;
  respondent: Respondent;
  waves: readonly Wave[];
  title: Text;
  questions: Question[];
  /** Which questions are optional (all others must be answered). */
  optional: readonly string[];
}
