import type { Questionnaire } from './questionnaire';

const scale5 = { min: 1, max: 5, minLabel: { fr: 'Pas du tout', en: 'Not at all' }, maxLabel: { fr: 'Tout à fait', en: 'Completely' } };

/**
 * The programme's questionnaires, as data. The same core questions are asked at every wave of
 * the beneficiary's survey so that T0 → T+6 → T+12 changes compare like with like.
 */
export const QUESTIONNAIRES: readonly Questionnaire[] = [
  {
    id: 'beneficiary-core',
    version: 1,
    respondent: 'beneficiary',
    waves: ['T0', 'T3', 'T6', 'T12'],
    title: { fr: 'Questionnaire de suivi du bénéficiaire', en: 'Beneficiary follow-up survey' },
    questions: [
      {
        id: 'network',
        kind: 'boolean',
        text: {
          fr: 'Avez-vous le début d’un réseau professionnel en France ?',
          en: 'Do you have the start of a professional network in France?',
        },
      },
      {
        id: 'autonomy',
        kind: 'scale',
        ...scale5,
        text: { fr: 'Vous sentez-vous autonome dans votre recherche d’emploi ?', en: 'Do you feel autonomous in your job search?' },
      },
      { id: 'confidence', kind: 'scale', ...scale5, text: { fr: 'Avez-vous confiance en vous ?', en: 'Do you feel confident?' } },
      {
        id: 'french',
        kind: 'scale',
        ...scale5,
        text: { fr: 'Êtes-vous à l’aise en français au travail ?', en: 'Are you at ease with French at work?' },
      },
      {
        id: 'projectClarity',
        kind: 'scale',
        ...scale5,
        text: { fr: 'Votre projet professionnel est-il clair ?', en: 'Is your professional project clear?' },
      },
      {
        id: 'situation',
        kind: 'choice',
        multiple: false,
        text: { fr: 'Quelle est votre situation actuelle ?', en: 'What is your current situation?' },
        options: [
          { code: 'searching', text: { fr: 'En recherche active d’emploi', en: 'Actively looking for work' } },
          { code: 'employed', text: { fr: 'En emploi', en: 'In work' } },
          { code: 'training', text: { fr: 'En formation', en: 'In training' } },
          { code: 'business', text: { fr: 'Création d’entreprise', en: 'Starting a business' } },
          { code: 'not-searching', text: { fr: 'Pas en recherche', en: 'Not looking for work' } },
          { code: 'other', text: { fr: 'Autre', en: 'Other' } },
        ],
      },
      { id: 'comment', kind: 'text', maxLength: 1000, text: { fr: 'Un commentaire ?', en: 'Any comment?' } },
    ],
    optional: ['comment'],
  },
  {
    id: 'volunteer-end',
    version: 1,
    respondent: 'volunteer',
    waves: ['T6'],
    title: { fr: 'Questionnaire de fin du salarié volontaire', en: 'Volunteer end-of-programme survey' },
    questions: [
      { id: 'wouldDoAgain', kind: 'boolean', text: { fr: 'Referiez-vous l’expérience ?', en: 'Would you do it again?' } },
      {
        id: 'skillsGained',
        kind: 'choice',
        multiple: true,
        text: { fr: 'Quelles compétences avez-vous développées ?', en: 'Which skills did you gain?' },
        options: [
          { code: 'listening', text: { fr: 'Écoute', en: 'Listening' } },
          { code: 'intercultural', text: { fr: 'Interculturel', en: 'Intercultural skills' } },
          { code: 'mentoring', text: { fr: 'Accompagnement', en: 'Mentoring' } },
          { code: 'network', text: { fr: 'Réseau', en: 'Networking' } },
          { code: 'management', text: { fr: 'Management', en: 'Management' } },
          { code: 'none', text: { fr: 'Aucune', en: 'None' } },
        ],
      },
      {
        id: 'timeSpentHours',
        kind: 'number',
        min: 0,
        max: 200,
        unit: { fr: 'heures', en: 'hours' },
        text: { fr: 'Combien d’heures y avez-vous consacré ?', en: 'How many hours did you spend?' },
      },
      { id: 'comment', kind: 'text', maxLength: 1000, text: { fr: 'Un commentaire ?', en: 'Any comment?' } },
    ],
    optional: ['comment'],
  },
];

export const questionnaireFor = (respondent: 'beneficiary' | 'volunteer'): Questionnaire =>
  QUESTIONNAIRES.filter((q) => q.respondent === respondent).reduce((a, b) => (b.version > a.version ? b : a));

export const questionnaireOf = (id: string, version: number): Questionnaire | undefined =>
  QUESTIONNAIRES.find((q) => q.id === id && q.version === version);
