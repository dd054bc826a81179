import type { Language } from './contact.entity';
import type { NotificationKind } from './notification.entity';

/**
 * What a template is given: the recipient's first name, their partner's first name (when the
 * partner gave one), when and where, the one-tap links. Nothing else about anyone: no last name,
 * contact, protection status or note ever goes into an email.
 */
export interface MailVars {
  firstName: string;
  partnerFirstName?: string;
  when: string;
  place: string;
  title?: string;
  /** The event was cancelled: the invitation email becomes its cancellation. */
  cancelled?: boolean;
  links?: { yes: string; no: string };
  reasons?: string[];
  pairId?: string;
  /**
   * What to bring to this meeting: the territory's meeting guide (resources), the line written for
   * the recipient's side and the titles of the resources it names. Absent when resources did not
   * answer: the reminder goes out without it.
   */
  guide?: { text: string; resources: string[] }[];
  /** A survey reminder: the person's own link to their questionnaire. */
  surveyLink?: string;
  signature: string;
}

export interface RenderedMail {
  subject: string;
  text: string;
}

type Template = (v: MailVars) => RenderedMail;

const guideOf = (v: MailVars, heading: string) =>
  v.guide?.length
    ? `\n${heading}\n${v.guide.map((g) => `- ${g.text}${g.resources.length ? ` (${g.resources.join(', ')})` : ''}`).join('\n')}\n`
    : '';
type Catalogue = Record<NotificationKind, Template>;

const withPartner = (v: MailVars, fr: boolean) =>
  v.partnerFirstName ? (fr ? ` avec ${v.partnerFirstName}` : ` with ${v.partnerFirstName}`) : '';

const FR: Catalogue = {
  'meeting-reminder': (v) => ({
    subject: `Rappel : rencontre binôme demain${withPartner(v, true)}`,
    text: `Bonjour ${v.firstName},\n\nPetit rappel : votre rencontre binôme${withPartner(v, true)} a lieu ${v.when} (${v.place}).\nL'invitation est jointe pour votre agenda.\n${guideOf(v, 'Pour cette rencontre :')}\n${v.signature}`,
  }),
  'attendance-question': (v) => ({
    subject: `La rencontre du ${v.when} a-t-elle eu lieu ?`,
    text: `Bonjour ${v.firstName},\n\nVotre rencontre binôme${withPartner(v, true)} du ${v.when} a-t-elle eu lieu ?\n\nOui : ${v.links?.yes}\nNon : ${v.links?.no}\n\nUn seul clic suffit.\n\n${v.signature}`,
  }),
  'event-invitation': (v) =>
    v.cancelled
      ? {
          subject: `Annulé : ${v.title}`,
          text: `Bonjour ${v.firstName},\n\n${v.title}, prévu ${v.when} (${v.place}), est annulé. L'annulation est jointe pour votre agenda.\n\n${v.signature}`,
        }
      : {
          subject: `Invitation : ${v.title}`,
          text: `Bonjour ${v.firstName},\n\nVous êtes invité·e : ${v.title}, ${v.when} (${v.place}).\n\nJe viens : ${v.links?.yes}\nJe ne viens pas : ${v.links?.no}\n\n${v.signature}`,
        },
  'event-reminder': (v) => ({
    subject: `Rappel : ${v.title} demain`,
    text: `Bonjour ${v.firstName},\n\nPetit rappel : ${v.title} a lieu ${v.when} (${v.place}).\n\n${v.signature}`,
  }),
  alert: (v) => ({
    subject: `Binôme à suivre : ${v.pairId}`,
    text: `Bonjour ${v.firstName},\n\nLe binôme ${v.pairId} demande votre attention :\n${(v.reasons ?? []).map((r) => `- ${r}`).join('\n')}\n\nVoir la file de suivi dans la console.\n\n${v.signature}`,
  }),
  'workshop-promotion': (v) => ({
    subject: `Une place s'est libérée : ${v.title}`,
    text: `Bonjour ${v.firstName},\n\nUne place s'est libérée : vous êtes inscrit·e à l'atelier ${v.title}, ${v.when}.\nLe lieu et les détails sont dans votre espace Binôme. Si vous ne pouvez plus venir, annulez votre inscription pour laisser la place.\n\n${v.signature}`,
  }),
  'survey-reminder': (v) => ({
    subject: `Votre questionnaire Binôme ${v.title} vous attend`,
    text: `Bonjour ${v.firstName},\n\nVotre questionnaire ${v.title} est ouvert : quelques minutes pour nous dire où vous en êtes.\n\nRépondre : ${v.surveyLink}\n\nCe lien est personnel : ne le transférez pas.\n\n${v.signature}`,
  }),
};

const EN: Catalogue = {
  'meeting-reminder': (v) => ({
    subject: `Reminder: pair meeting tomorrow${withPartner(v, false)}`,
    text: `Hello ${v.firstName},\n\nA reminder: your pair meeting${withPartner(v, false)} is on ${v.when} (${v.place}).\nThe invitation is attached for your calendar.\n${guideOf(v, 'For this meeting:')}\n${v.signature}`,
  }),
  'attendance-question': (v) => ({
    subject: `Did the meeting of ${v.when} take place?`,
    text: `Hello ${v.firstName},\n\nDid your pair meeting${withPartner(v, false)} of ${v.when} take place?\n\nYes: ${v.links?.yes}\nNo: ${v.links?.no}\n\nOne tap is enough.\n\n${v.signature}`,
  }),
  'event-invitation': (v) =>
    v.cancelled
      ? {
          subject: `Cancelled: ${v.title}`,
          text: `Hello ${v.firstName},\n\n${v.title}, planned on ${v.when} (${v.place}), is cancelled. The cancellation is attached for your calendar.\n\n${v.signature}`,
        }
      : {
          subject: `Invitation: ${v.title}`,
          text: `Hello ${v.firstName},\n\nYou are invited: ${v.title}, ${v.when} (${v.place}).\n\nI'll come: ${v.links?.yes}\nI won't: ${v.links?.no}\n\n${v.signature}`,
        },
  'event-reminder': (v) => ({
    subject: `Reminder: ${v.title} tomorrow`,
    text: `Hello ${v.firstName},\n\nA reminder: ${v.title} is on ${v.when} (${v.place}).\n\n${v.signature}`,
  }),
  alert: (v) => ({
    subject: `Pair to follow up: ${v.pairId}`,
    text: `Hello ${v.firstName},\n\nPair ${v.pairId} needs your attention:\n${(v.reasons ?? []).map((r) => `- ${r}`).join('\n')}\n\nSee the triage queue in the console.\n\n${v.signature}`,
  }),
  'workshop-promotion': (v) => ({
    subject: `A seat freed up: ${v.title}`,
    text: `Hello ${v.firstName},\n\nA seat freed up: you are registered for the workshop ${v.title}, ${v.when}.\nThe place and details are in your Binôme space. If you can no longer come, cancel your registration to free the seat.\n\n${v.signature}`,
  }),
  'survey-reminder': (v) => ({
    subject: `Your Binôme questionnaire ${v.title} is waiting for you`,
    text: `Hello ${v.firstName},\n\nYour questionnaire ${v.title} is open: a few minutes to tell us where you stand.\n\nAnswer: ${v.surveyLink}\n\nThis link is personal: please do not forward it.\n\n${v.signature}`,
  }),
};

/** How a survey's wave is named in its reminder. */
export const WAVE_TITLES: Record<string, Record<Language, string>> = {
  T0: { fr: 'de début de parcours', en: 'for the start of the programme' },
  T3: { fr: 'des 3 mois', en: 'at 3 months' },
  T6: { fr: 'des 6 mois', en: 'at 6 months' },
  T12: { fr: 'des 12 mois', en: 'at 12 months' },
};

const CATALOGUES: Record<Language, Catalogue> = { fr: FR, en: EN };

/** A territory's own wording, over the programme's (today: the team that signs). */
const TERRITORY: Record<string, Partial<Record<Language, { signature: string }>>> = {
  rennes: { fr: { signature: "L'équipe Binôme Rennes" }, en: { signature: 'The Binôme team in Rennes' } },
  paris: { fr: { signature: "L'équipe Binôme Paris" }, en: { signature: 'The Binôme team in Paris' } },
  tours: { fr: { signature: "L'équipe Binôme Tours" }, en: { signature: 'The Binôme team in Tours' } },
};
const SIGNATURE: Record<Language, string> = { fr: "L'équipe Binôme", en: 'The Binôme team' };

/** The language a person reads: theirs when a template exists in it, else the territory's, else French. */
export function languageOf(preferred: string | undefined, territoryDefault: Language | undefined): Language {
  if (preferred && preferred in CATALOGUES) return preferred as Language;
  return territoryDefault ?? 'fr';
}

export function renderMail(
  territoryId: string,
  language: Language,
  kind: NotificationKind,
  vars: Omit<MailVars, 'signature'>,
): RenderedMail {
  const signature = TERRITORY[territoryId]?.[language]?.signature ?? SIGNATURE[language];
  return CATALOGUES[language][kind]({ ...vars, signature });
}

/** "mardi 2 mars 2027 à 10:00" / "Tuesday 2 March 2027 at 10:00", in the programme's time zone. */
export function formatWhen(at: Date, language: Language): string {
  return new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    timeZone: 'Europe/Paris',
    dateStyle: 'full',
    timeStyle: 'short',
  }).format(at);
}
