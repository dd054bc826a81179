export const NEEDS = ['NETWORK', 'JOB_SEARCH', 'CONFIDENCE', 'FRENCH', 'PROFESSIONAL_PROJECT'] as const;
export type Need = (typeof NEEDS)[number];

/** A scale answer at or below this is a gap to work on (1–5 scales: "not at all" or "a little"). */
export const GAP_AT_MOST = 2;

const SCALE_NEEDS: [string, Need][] = [
  ['autonomy', 'JOB_SEARCH'],
  ['confidence', 'CONFIDENCE'],
  ['french', 'FRENCH'],
  ['projectClarity', 'PROFESSIONAL_PROJECT'],
];

/** The gaps a T0 survey shows, as needs workshops and resources can answer. */
export function needsOf(answers: Record<string, number | string[]> | undefined): Need[] {
  if (!answers) return [];
  const needs: Need[] = [];
  if (answers.network === 0) needs.push('NETWORK');
  for (const [q, need] of SCALE_NEEDS) {
    const v = answers[q];
    if (typeof v === 'number' && v <= GAP_AT_MOST) needs.push(need);
  }
  return needs;
}
