import type { Audience } from '../library/resource.entity';

export const LEARNER_KINDS = ['volunteer', 'konnecteur', 'koach', 'beneficiary'] as const satisfies readonly Audience[];
export type LearnerKind = (typeof LEARNER_KINDS)[number];

export interface QuizQuestion {
  id: string;
  prompt: string;
  options: string[];
  /** Index of the right option; never shown to learners. */
  answer: number;
}

/**
 * How a module is completed: attended on a date (the volunteers' initial training day, recorded by
 * staff), or every part read and the short quiz passed (at least `passMark` % right).
 */
export type CompletionRule = { kind: 'attendance' } | { kind: 'parts-and-quiz'; passMark: number; questions: QuizQuestion[] };

export interface TrainingModule {
  _id: string;
  /** A territory, or `national`. */
  territoryId: string;
  title: string;
  audience: LearnerKind;
  /** The programme's mandatory initial training for its audience (volunteers: the training day). */
  mandatory: boolean;
  parts: { id: string; title: string; resourceId?: string }[];
  rule: CompletionRule;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

/** A person's progress in a module: parts read, quiz attempts, completion. One per person and module. */
export interface Completion {
  /** `<module>:<kind>:<person>`. */
  _id: string;
  /** The person's territory. */
  territoryId: string;
  moduleId: string;
  personKind: LearnerKind;
  /** Recruitment's record id (attendance recorded by staff) or the person's account subject (self-paced). */
  personId: string;
  partsRead: string[];
  attempts: { at: Date; score: number; passed: boolean }[];
  completedOn?: string;
  recordedBy?: string;
  createdAt: Date;
  updatedAt: Date;
}

export const completionIdOf = (moduleId: string, kind: LearnerKind, personId: string) => `${moduleId}:${kind}:${personId}`;

/** The share of right answers, in percent (rounded down). */
export function scoreOf(questions: readonly QuizQuestion[], answers: readonly number[]): number {
  const right = questions.filter((q, i) => answers[i] === q.answer).length;
  return Math.floor((100 * right) / questions.length);
}

/** Completed by the parts-and-quiz rule: every part read and a passing attempt. */
export function completedByQuiz(m: TrainingModule, c: Pick<Completion, 'partsRead' | 'attempts'>): boolean {
  return m.rule.kind === 'parts-and-quiz' && m.parts.every((p) => c.partsRead.includes(p.id)) && c.attempts.some((a) => a.passed);
}
