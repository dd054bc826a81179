import type { Competency, Format, WorkshopNeed } from './workshop.entity';

export interface CatalogueEntry {
  slug: string;
  title: string;
  objectives: string[];
  needs: WorkshopNeed[];
  competencies: Competency[];
  durationMinutes: number;
  format: Format;
  language: string;
  invitesVolunteers?: boolean;
}

/**
 * The programme's collective workshops (../shared/DOMAIN.md), seeded into every territory's
 * catalogue at start; staff then add the partners who already offer each one locally.
 */
export const STANDARD_CATALOGUE: readonly CatalogueEntry[] = [
  {
    slug: 'cv',
    title: 'CV à la française (avec CVdesignR)',
    objectives: ['Write a French-style CV with CVdesignR', 'Translate foreign experience and diplomas'],
    needs: ['CV'],
    competencies: ['french-cv'],
    durationMinutes: 180,
    format: 'on-site',
    language: 'fr',
  },
  {
    slug: 'labour-market',
    title: 'Le marché du travail français',
    objectives: ['Know the sectors that hire', 'Understand contracts and job-search channels'],
    needs: ['INTERVIEW', 'PROFESSIONAL_CODES'],
    competencies: ['labour-market-knowledge'],
    durationMinutes: 120,
    format: 'on-site',
    language: 'fr',
  },
  {
    slug: 'project-and-pitch',
    title: 'Projet professionnel et pitch',
    objectives: ['State a professional project', 'Present oneself in two minutes'],
    needs: ['PITCH', 'INTERVIEW'],
    competencies: ['professional-project', 'pitch'],
    durationMinutes: 180,
    format: 'on-site',
    language: 'fr',
  },
  {
    slug: 'linkedin',
    title: 'LinkedIn',
    objectives: ['Create a complete profile', 'Reach out to one’s network'],
    needs: ['LINKEDIN', 'NETWORK'],
    competencies: ['online-presence', 'networking'],
    durationMinutes: 120,
    format: 'remote',
    language: 'fr',
  },
  {
    slug: 'speed-meetings',
    title: 'Speed-meetings professionnels',
    objectives: ['Meet professionals of one’s sector', 'Practise short interviews'],
    needs: ['NETWORK', 'INTERVIEW'],
    competencies: ['networking', 'pitch'],
    durationMinutes: 150,
    format: 'on-site',
    language: 'fr',
    invitesVolunteers: true,
  },
  {
    slug: 'communication',
    title: 'Communication verbale et non verbale',
    objectives: ['Master posture, voice and eye contact', 'Handle an interview question'],
    needs: ['INTERVIEW', 'PITCH'],
    competencies: ['verbal-communication', 'non-verbal-communication'],
    durationMinutes: 180,
    format: 'on-site',
    language: 'fr',
  },
  {
    slug: 'coaching',
    title: 'Coaching : s’appuyer sur ses forces pour rebondir',
    objectives: ['Name one’s strengths', 'Build a plan to rebound'],
    needs: ['PITCH'],
    competencies: ['self-confidence'],
    durationMinutes: 150,
    format: 'on-site',
    language: 'fr',
  },
  {
    slug: 'professional-codes',
    title: 'Les codes professionnels',
    objectives: ['Know the unwritten rules of French workplaces'],
    needs: ['PROFESSIONAL_CODES'],
    competencies: ['professional-codes'],
    durationMinutes: 120,
    format: 'on-site',
    language: 'fr',
  },
  {
    slug: 'oral-french',
    title: 'Expression orale en français (MOOC Alliance Française)',
    objectives: ['Speak with more ease at work', 'Follow the Alliance Française MOOC'],
    needs: ['FRENCH'],
    competencies: ['oral-french'],
    durationMinutes: 120,
    format: 'remote',
    language: 'fr',
  },
  {
    slug: 'digital-skills',
    title: 'Compétences numériques',
    objectives: ['Use email, online forms and job boards'],
    needs: ['DIGITAL'],
    competencies: ['digital-skills'],
    durationMinutes: 120,
    format: 'on-site',
    language: 'fr',
  },
  {
    slug: 'remobilisation',
    title: 'Remobilisation',
    objectives: ['Regain momentum after a long interruption'],
    needs: [],
    competencies: ['motivation', 'self-confidence'],
    durationMinutes: 120,
    format: 'on-site',
    language: 'fr',
  },
];
