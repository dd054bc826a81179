/**
 * The badges the programme awards and the rule that awards each one, as data staff can read
 * (`GET /v1/achievements`): the event it listens to and the condition on it. Adding a badge is a
 * line here and a rule the evaluator already knows.
 */
export type AwardRule =
  | { event: 'ModuleCompleted'; mandatory: true; personKind: 'volunteer' | 'konnecteur' | 'koach' }
  | { event: 'WorkshopSessionAttended'; competency: string }
  | { event: 'PairCompleted'; side: 'beneficiary' | 'volunteer' };

export interface Achievement {
  id: string;
  name: string;
  description: string;
  /** OB 3.0 `criteria.narrative`: what the recipient did, in words. */
  criteria: string;
  recipientKind: 'volunteer' | 'beneficiary' | 'konnecteur' | 'koach' | 'participant';
  rule: AwardRule;
}

export const ACHIEVEMENTS: readonly Achievement[] = [
  {
    id: 'volunteer-trained',
    name: 'Bénévole formé·e Binôme',
    description: 'A suivi la journée de formation initiale des salariés volontaires (droit d’asile, interculturalité, posture de mentor).',
    criteria: 'Présence à la journée de formation initiale obligatoire, enregistrée par l’équipe du territoire.',
    recipientKind: 'volunteer',
    rule: { event: 'ModuleCompleted', mandatory: true, personKind: 'volunteer' },
  },
  {
    id: 'konnecteur-trained',
    name: 'Konnecteur Binôme',
    description: 'A suivi la formation des Konnecteurs, qui accompagnent les binômes et veillent à leur rythme.',
    criteria: 'Module de formation obligatoire des Konnecteurs terminé (présence enregistrée, ou parties lues et quiz réussi).',
    recipientKind: 'konnecteur',
    rule: { event: 'ModuleCompleted', mandatory: true, personKind: 'konnecteur' },
  },
  {
    id: 'mentor-six-months',
    name: 'Mentor d’un binôme mené à son terme',
    description: 'A accompagné une personne réfugiée pendant les six mois du programme.',
    criteria: 'Le binôme est arrivé à son terme (terminé, non dissous).',
    recipientKind: 'volunteer',
    rule: { event: 'PairCompleted', side: 'volunteer' },
  },
  {
    id: 'journey-completed',
    name: 'Parcours Binôme accompli',
    description: 'A mené à son terme un parcours de six mois de mentorat vers l’emploi.',
    criteria: 'Le binôme est arrivé à son terme (terminé, non dissous).',
    recipientKind: 'beneficiary',
    rule: { event: 'PairCompleted', side: 'beneficiary' },
  },
  {
    id: 'french-oral-practice',
    name: 'Pratique du français oral',
    description: 'A participé à un atelier de pratique du français oral en situation professionnelle.',
    criteria: 'Présence à une session d’atelier qui développe la compétence « oral-french » (expression orale en français).',
    recipientKind: 'participant',
    rule: { event: 'WorkshopSessionAttended', competency: 'oral-french' },
  },
  {
    id: 'cv-workshop',
    name: 'Atelier CV',
    description: 'A participé à un atelier de rédaction de CV adapté au marché du travail français.',
    criteria: 'Présence à une session d’atelier qui développe la compétence « french-cv » (CV à la française).',
    recipientKind: 'participant',
    rule: { event: 'WorkshopSessionAttended', competency: 'french-cv' },
  },
  {
    id: 'interview-workshop',
    name: 'Préparation aux entretiens',
    description: 'A participé à un atelier de préparation aux entretiens d’embauche.',
    criteria: 'Présence à une session d’atelier qui développe la compétence « interview ».',
    recipientKind: 'participant',
    rule: { event: 'WorkshopSessionAttended', competency: 'interview' },
  },
];

export const achievementOf = (id: string) => ACHIEVEMENTS.find((a) => a.id === id);

/** A fact from another service, reduced to what the rules read. */
export type AwardFact =
  | { event: 'ModuleCompleted'; mandatory: boolean; personKind: string; personId: string }
  | { event: 'WorkshopSessionAttended'; competencies: readonly string[]; personId: string }
  | { event: 'PairCompleted'; beneficiaryId: string; volunteerId: string };

/** The badges a fact earns, and for whom (pure: the consumer stores them). */
export function awardsFor(fact: AwardFact): { achievement: Achievement; recipientId: string }[] {
  return ACHIEVEMENTS.flatMap((achievement) => {
    const r = achievement.rule;
    if (r.event !== fact.event) return [];
    if (r.event === 'ModuleCompleted' && fact.event === 'ModuleCompleted')
      return fact.mandatory && fact.personKind === r.personKind && fact.personId ? [{ achievement, recipientId: fact.personId }] : [];
    if (r.event === 'WorkshopSessionAttended' && fact.event === 'WorkshopSessionAttended')
      return fact.competencies.includes(r.competency) && fact.personId ? [{ achievement, recipientId: fact.personId }] : [];
    if (r.event === 'PairCompleted' && fact.event === 'PairCompleted') {
      const id = r.side === 'volunteer' ? fact.volunteerId : fact.beneficiaryId;
      return id ? [{ achievement, recipientId: id }] : [];
    }
    return [];
  });
}
