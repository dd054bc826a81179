/** What a beneficiary went on to, as Konnecteurs and staff record it. */
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

/**
 * The French insertion typology (DGEFP / DARES "sorties dynamiques"): a lasting job (permanent
 * contract, fixed-term or temporary work of six months or more, starting a business), a transition
 * job (under six months, subsidised insertion contracts), a positive exit to training (qualifying
 * or pre-qualifying), or other (internship, volunteering, none).
 */
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

/**
 * The programme's own "positive exit", as its seeds define it: a job of six months or more, a
 * permanent contract, an internship or a qualifying training. Computed beside the typology, never
 * in place of it.
 */
export const PROGRAMME_POSITIVE: ReadonlySet<OutcomeKind> = new Set([
  'permanent-contract',
  'fixed-term-6-months-or-more',
  'internship',
  'qualifying-training',
]);

export const DEFINITIONS = {
  programmePositiveExit: {
    fr: 'Sortie positive (définition du programme) : CDI, CDD ou intérim de 6 mois ou plus, stage, ou formation qualifiante.',
    en: "Positive exit (the programme's definition): permanent contract, fixed-term or temporary work of six months or more, internship, or qualifying training.",
  },
  insertionTypology: {
    fr: 'Typologie française de l’insertion : emploi durable (CDI, CDD/intérim ≥ 6 mois, création d’entreprise), emploi de transition (< 6 mois, contrat d’insertion), sortie positive vers la formation (qualifiante ou pré-qualifiante), autre.',
    en: 'French insertion typology: lasting job (permanent, fixed-term/temporary ≥ 6 months, business creation), transition job (< 6 months, insertion contract), positive exit to training (qualifying or pre-qualifying), other.',
  },
};

/** Rank of an outcome in the typology (the best outcome of a person is the one reported). */
const RANK: Record<InsertionCategory, number> = { 'lasting-job': 0, 'transition-job': 1, 'positive-exit-training': 2, other: 3 };

/** A person's best outcome among several: the typology's order, then a programme-positive one, then "something" over none. */
export function bestOutcome(kinds: readonly OutcomeKind[]): OutcomeKind | undefined {
  const score = (k: OutcomeKind) => RANK[INSERTION_CATEGORY[k]] * 4 + (PROGRAMME_POSITIVE.has(k) ? 0 : 1) + (k === 'none' ? 2 : 0);
  return [...kinds].sort((a, b) => score(a) - score(b))[0];
}
