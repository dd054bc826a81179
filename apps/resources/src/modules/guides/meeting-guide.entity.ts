/** Where a pair is in its six months: the first meeting, the first two months, the middle, the closing weeks. */
export const STAGES = ['first-meeting', 'early', 'middle', 'closing'] as const;
export type Stage = (typeof STAGES)[number];

/**
 * The guides' needs: scheduling's meeting topics, and what recruitment's intake needs, impact's T0
 * gaps and workshops' competencies translate to (`needs-sources.ts`), and `any`.
 */
export const GUIDE_NEEDS = [
  'any',
  'cv',
  'cover-letter',
  'professional-codes',
  'network',
  'trade-or-training-choice',
  'interview-preparation',
  'administrative-steps',
  'french',
  'moral-support',
  'digital',
  'job-search',
] as const;
export type GuideNeed = (typeof GUIDE_NEEDS)[number];

/** One line of a guide: at these stages, for this need, what to do and bring, said to each side. */
export interface GuideEntry {
  stages: Stage[];
  need: GuideNeed;
  /** For the volunteer: the agenda item and what to bring (codes, advice, tools, contacts). */
  volunteerText: string;
  /** For the beneficiary, in plain language (short sentences, everyday words). */
  beneficiaryText: string;
  resourceIds: string[];
}

/**
 * "What to bring next time", as data staff edit: one guide per territory, and a national one that
 * applies where a territory has none.
 */
export interface MeetingGuide {
  /** The territory (or `national`): one guide each. */
  _id: string;
  territoryId: string;
  entries: GuideEntry[];
  updatedBy: string;
  updatedAt: Date;
}

/** The stage of a pair from its week (1–26) and the meetings held so far. */
export function stageOf(week: number, meetingsHeld: number): Stage {
  if (meetingsHeld === 0) return 'first-meeting';
  if (week <= 8) return 'early';
  if (week <= 20) return 'middle';
  return 'closing';
}

/** The entries of a guide for a stage and needs: those of the needs (in the order given), then the `any` ones. */
export function agendaOf(guide: Pick<MeetingGuide, 'entries'>, stage: Stage, needs: readonly string[]): GuideEntry[] {
  const at = guide.entries.filter((e) => e.stages.includes(stage));
  const byNeed = needs.flatMap((n) => at.filter((e) => e.need === n));
  return [...new Set([...byNeed, ...at.filter((e) => e.need === 'any')])];
}
