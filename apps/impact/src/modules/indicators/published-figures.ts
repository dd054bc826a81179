/** The figures the programme publishes (its seeds' own, ../shared/DOMAIN.md "Figures"), as proportions. */
export const PUBLISHED: Record<FigureCode, number> = {
  network: 0.94,
  autonomy: 0.79,
  opportunity: 0.57,
  'positive-exits': 0.5,
  'volunteers-again': 0.86,
  'active-job-seekers': 1,
};

export const FIGURE_CODES = ['network', 'autonomy', 'opportunity', 'positive-exits', 'volunteers-again', 'active-job-seekers'] as const;
export type FigureCode = (typeof FIGURE_CODES)[number];

type Text = { fr: string; en: string };

export const FIGURE_LABELS: Record<FigureCode, Text> = {
  network: { fr: 'Début de réseau professionnel', en: 'Start of a professional network' },
  autonomy: { fr: 'Autonomie dans la recherche d’emploi', en: 'Autonomy in job search' },
  opportunity: { fr: 'Opportunité professionnelle', en: 'Professional opportunity' },
  'positive-exits': { fr: 'Sorties positives', en: 'Positive exits' },
  'volunteers-again': { fr: 'Volontaires prêts à recommencer', en: 'Volunteers who would do it again' },
  'active-job-seekers': { fr: 'Demandeurs d’emploi actifs', en: 'Active job seekers' },
};

/** What each figure counts, stated in every answer and report. */
export const FIGURE_DEFINITIONS: Record<FigureCode, Text> = {
  network: {
    fr: 'Bénéficiaires ayant répondu « oui » à « début de réseau professionnel » au questionnaire T+6, parmi les répondants T+6.',
    en: 'Beneficiaries answering "yes" to "start of a professional network" at T+6, among T+6 respondents.',
  },
  autonomy: {
    fr: 'Bénéficiaires se disant autonomes (4 ou 5 sur 5) à T+6, parmi les répondants T+6.',
    en: 'Beneficiaries rating their job-search autonomy 4 or 5 out of 5 at T+6, among T+6 respondents.',
  },
  opportunity: {
    fr: 'Bénéficiaires ayant une opportunité (toute sortie sauf « aucune ») commencée au plus tard à T+6, parmi ceux dont la sortie est connue.',
    en: 'Beneficiaries with an opportunity (any outcome but "none") started by T+6, among those whose outcome is known.',
  },
  'positive-exits': {
    fr: 'Sortie positive selon la définition du programme (CDI, CDD/intérim ≥ 6 mois, stage, formation qualifiante) au plus tard à T+6, parmi les sorties connues.',
    en: "Positive exit by the programme's definition (permanent, fixed-term/temporary ≥ 6 months, internship, qualifying training) by T+6, among known outcomes.",
  },
  'volunteers-again': {
    fr: 'Salariés volontaires répondant « oui » à « referiez-vous l’expérience ? » à T+6, parmi les répondants.',
    en: 'Volunteers answering "yes" to "would you do it again?" at T+6, among respondents.',
  },
  'active-job-seekers': {
    fr: 'Bénéficiaires en recherche active, en emploi, en formation ou créant leur entreprise à T+6, parmi les répondants T+6.',
    en: 'Beneficiaries actively searching, in work, in training or starting a business at T+6, among T+6 respondents.',
  },
};

/** Cells with fewer people are not shown in company and territory breakdowns. */
export const MIN_CELL = 5;
