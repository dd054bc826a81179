import type { Workshop } from '../catalogue/workshop.entity';
import { recommend } from './recommend';

const w = (id: string, needs: Workshop['needs'], offeredByPartners: string[] = []): Workshop => ({
  _id: id,
  territoryId: 'rennes',
  slug: id,
  title: id,
  objectives: ['x'],
  needs,
  competencies: ['french-cv'],
  durationMinutes: 60,
  format: 'on-site',
  language: 'fr',
  offeredByPartners,
  invitesVolunteers: false,
  active: true,
  createdAt: new Date(0),
  updatedAt: new Date(0),
});

describe('recommendations', () => {
  it('When a person needs a CV and LinkedIn, then those workshops come with their reasons; attended and partner-offered ones are not repeated', () => {
    const out = recommend(
      { needs: ['CV', 'LINKEDIN'], referringPartnerId: 'cirefe' },
      [
        w('cv', ['CV']),
        w('linkedin', ['LINKEDIN', 'NETWORK']),
        w('codes', ['PROFESSIONAL_CODES']),
        w('pitch', ['CV'], ['cirefe']),
        w('old', ['CV']),
      ],
      [],
      new Set(['old']),
    );
    expect(out.recommended.map((r) => [r.workshopId, r.reasons])).toEqual([
      ['cv', ['no French CV yet (intake)']],
      ['linkedin', ['no LinkedIn profile (intake)']],
    ]);
    expect(out.notRepeated.map((n) => [n.workshopId, n.reason])).toEqual([
      ['pitch', 'offered-by-referring-partner'],
      ['old', 'already-attended'],
    ]);
  });
});
