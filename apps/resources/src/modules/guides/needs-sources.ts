import type { GuideNeed } from './meeting-guide.entity';

/**
 * The other services' vocabularies, translated into the guides' needs (one table each, so a new
 * code is one line): recruitment's intake (the interview's workshop needs), impact's T0 gaps, and
 * the competencies workshops say a session develops (attending one covers the need a little).
 */
export const INTAKE_NEEDS: Readonly<Record<string, GuideNeed>> = {
  CV: 'cv',
  LINKEDIN: 'network',
  PITCH: 'interview-preparation',
  PROFESSIONAL_CODES: 'professional-codes',
  FRENCH: 'french',
  DIGITAL: 'digital',
  NETWORK: 'network',
  INTERVIEW: 'interview-preparation',
};

export const T0_GAP_NEEDS: Readonly<Record<string, GuideNeed>> = {
  NETWORK: 'network',
  JOB_SEARCH: 'job-search',
  CONFIDENCE: 'moral-support',
  FRENCH: 'french',
  PROFESSIONAL_PROJECT: 'trade-or-training-choice',
};

/** Workshops' competencies (and the badge catalogue's `cv`, `french-oral`, `interview`). */
export const COMPETENCY_NEEDS: Readonly<Record<string, GuideNeed>> = {
  'french-cv': 'cv',
  cv: 'cv',
  'labour-market-knowledge': 'trade-or-training-choice',
  'professional-project': 'trade-or-training-choice',
  pitch: 'interview-preparation',
  interview: 'interview-preparation',
  'online-presence': 'network',
  networking: 'network',
  'self-confidence': 'moral-support',
  'professional-codes': 'professional-codes',
  'oral-french': 'french',
  'french-oral': 'french',
  'digital-skills': 'digital',
};

export type NeedSource = 'request' | 'intake' | 't0-survey' | 'workshops';

/** How much each source counts: the caller's topics (this meeting's and the held ones) most. */
export const SOURCE_WEIGHTS = { request: 2, intake: 1, 't0-survey': 1 } as const;
/** A need whose competency the person attended in a workshop counts this much less (×). */
export const COVERED_FACTOR = 0.5;

export interface WeightedNeed {
  need: GuideNeed;
  weight: number;
  sources: NeedSource[];
}

export interface NeedFacts {
  /** Guide needs the caller named (meeting topics). */
  requested: readonly string[];
  /** Recruitment's codes (CV, NETWORK…). */
  intake?: readonly string[];
  /** Impact's codes (NETWORK, CONFIDENCE…). */
  t0Gaps?: readonly string[];
  /** Competencies of the workshop sessions attended. */
  attended?: readonly string[];
}

const mapped = (codes: readonly string[] | undefined, table: Readonly<Record<string, GuideNeed>>): GuideNeed[] =>
  (codes ?? []).flatMap((c) => (table[c] ? [table[c]] : []));

/**
 * The needs of a pair, heaviest first: each source that names a need adds its weight once; a need
 * already worked on in a workshop counts half (it stays, lower). Ties keep the order the needs
 * first appeared in (the caller's, then the intake's, then the survey's). Pure.
 */
export function weighNeeds(f: NeedFacts): WeightedNeed[] {
  const byNeed = new Map<GuideNeed, WeightedNeed>();
  const add = (needs: readonly GuideNeed[], source: Exclude<NeedSource, 'workshops'>) => {
    for (const need of new Set(needs)) {
      const w = byNeed.get(need) ?? { need, weight: 0, sources: [] };
      w.weight += SOURCE_WEIGHTS[source];
      w.sources.push(source);
      byNeed.set(need, w);
    }
  };
  add(f.requested.filter((n): n is GuideNeed => n !== 'any') as GuideNeed[], 'request');
  add(mapped(f.intake, INTAKE_NEEDS), 'intake');
  add(mapped(f.t0Gaps, T0_GAP_NEEDS), 't0-survey');
  const covered = new Set(mapped(f.attended, COMPETENCY_NEEDS));
  for (const w of byNeed.values())
    if (covered.has(w.need)) {
      w.weight *= COVERED_FACTOR;
      w.sources.push('workshops');
    }
  const order = [...byNeed.keys()];
  return [...byNeed.values()].sort((a, b) => b.weight - a.weight || order.indexOf(a.need) - order.indexOf(b.need));
}
