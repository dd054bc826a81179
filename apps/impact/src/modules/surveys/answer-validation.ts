import { validationFailed, type FieldIssue } from '@binome/errors';
import type { Question, Questionnaire } from './questionnaire';

export type AnswerValue = boolean | number | string | string[];
/** Validated answers: coded ones (what indicators read) apart from free text (which stays here). */
export interface ValidAnswers {
  coded: Record<string, number | string[]>;
  text: Record<string, string>;
}

function check(q: Question, v: unknown): string | undefined {
  switch (q.kind) {
    case 'boolean':
      return typeof v === 'boolean' ? undefined : 'must be true or false';
    case 'scale':
    case 'number':
      if (typeof v !== 'number' || !Number.isFinite(v)) return 'must be a number';
      if (q.kind === 'scale' && !Number.isInteger(v)) return `must be a whole number from ${q.min} to ${q.max}`;
      return v < q.min || v > q.max ? `must be between ${q.min} and ${q.max}` : undefined;
    case 'choice': {
      const values = q.multiple ? v : [v];
      if (!Array.isArray(values) || values.length === 0 || values.some((c) => typeof c !== 'string'))
        return q.multiple ? 'must be a list of codes' : 'must be one code';
      const unknown = (values as string[]).filter((c) => !q.options.some((o) => o.code === c));
      if (unknown.length) return `unknown option ${unknown.join(', ')}; allowed: ${q.options.map((o) => o.code).join(', ')}`;
      return new Set(values).size !== values.length ? 'an option is repeated' : undefined;
    }
    case 'text':
      if (typeof v !== 'string') return 'must be text';
      if (v.length > q.maxLength) return `at most ${q.maxLength} characters`;
      // Control characters other than line breaks and tabs have no place in an answer.
      // eslint-disable-next-line no-control-regex
      return /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.test(v) ? 'contains control characters' : undefined;
  }
}

/**
 * The answers of one questionnaire, each checked against its question: a refusal names the
 * question (`body.answers.autonomy`), every problem at once; an unknown question is refused too.
 */
export function validateAnswers(questionnaire: Questionnaire, answers: Record<string, unknown>, prefix = 'body.answers'): ValidAnswers {
  const issues: FieldIssue[] = [];
  const coded: ValidAnswers['coded'] = {};
  const text: ValidAnswers['text'] = {};
  for (const key of Object.keys(answers))
    if (!questionnaire.questions.some((q) => q.id === key))
      issues.push({ field: `${prefix}.${key}`, message: `not a question of ${questionnaire.id} v${questionnaire.version}` });
  for (const q of questionnaire.questions) {
    const v = answers[q.id];
    if (v === undefined || v === null) {
      if (!questionnaire.optional.includes(q.id)) issues.push({ field: `${prefix}.${q.id}`, message: 'required' });
      continue;
    }
    const problem = check(q, v);
    if (problem) {
      issues.push({ field: `${prefix}.${q.id}`, message: problem });
      continue;
    }
    if (q.kind === 'text') {
      if ((v as string).trim()) text[q.id] = (v as string).trim();
    } else if (q.kind === 'boolean') coded[q.id] = v ? 1 : 0;
    else if (q.kind === 'choice') coded[q.id] = q.multiple ? [...(v as string[])] : [v as string];
    else coded[q.id] = v as number;
  }
  if (issues.length) throw validationFailed(issues, 'Some answers are not valid');
  return { coded, text };
}

/** A questionnaire in one language, as a person or their Konnecteur sees it. */
export function localised(q: Questionnaire, lang: 'fr' | 'en') {
  return {
    id: q.id,
    version: q.version,
    language: lang,
    title: q.title[lang],
    questions: q.questions.map((question) => {
      const base = { id: question.id, kind: question.kind, text: question.text[lang], optional: q.optional.includes(question.id) };
      switch (question.kind) {
        case 'scale':
          return { ...base, min: question.min, max: question.max, minLabel: question.minLabel[lang], maxLabel: question.maxLabel[lang] };
        case 'number':
          return { ...base, min: question.min, max: question.max, unit: question.unit[lang] };
        case 'choice':
          return { ...base, multiple: question.multiple, options: question.options.map((o) => ({ code: o.code, text: o.text[lang] })) };
        case 'text':
          return { ...base, maxLength: question.maxLength };
        default:
          return base;
      }
    }),
  };
}
