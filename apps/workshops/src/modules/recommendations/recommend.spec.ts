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

describe('recommendations from T0 gaps and meeting topics', () => {
  const withCompetencies = (id: string, needs: Workshop['needs'], competencies: Workshop['competencies']): Workshop => ({
    ...w(id, needs),
    competencies,
  });
  const catalogue = [
    withCompetencies('cv', ['CV'], ['french-cv']),
    withCompetencies('linkedin', ['LINKEDIN', 'NETWORK'], ['online-presence', 'networking']),
    withCompetencies('coaching', ['PITCH'], ['self-confidence']),
    withCompetencies('pitch', ['PITCH', 'INTERVIEW'], ['professional-project', 'pitch']),
    withCompetencies('labour-market', ['INTERVIEW', 'PROFESSIONAL_CODES'], ['labour-market-knowledge']),
  ];

  it('When a need is named by several sources, then its workshop comes first, with one reason per source', () => {
    const out = recommend({ needs: ['LINKEDIN'], t0Gaps: ['NETWORK'], meetingTopics: new Map([['cv', 2]]) }, catalogue, [], new Set());
    expect(out.recommended.map((r) => [r.workshopId, r.sources, r.reasons])).toEqual([
      ['linkedin', ['intake', 't0-survey'], ['no LinkedIn profile (intake)', 'T0: no professional network in France yet']],
      ['cv', ['meetings'], ['CV worked on in 2 pair meetings: this workshop takes it further']],
    ]);
  });

  it('When a T0 gap has no intake need, then the workshops developing the competency answer it', () => {
    const out = recommend({ needs: [], t0Gaps: ['CONFIDENCE', 'JOB_SEARCH', 'PROFESSIONAL_PROJECT'] }, catalogue, [], new Set());
    expect(out.recommended.map((r) => [r.workshopId, r.needs, r.reasons])).toEqual([
      ['coaching', [], ['T0: low self-confidence']],
      ['labour-market', [], ['T0: not autonomous in the job search yet']],
      ['pitch', [], ['T0: professional project not clear yet']],
    ]);
  });

  it('When topics have no workshop or codes are unknown, then they recommend nothing; an attended workshop is still not repeated', () => {
    const out = recommend(
      {
        needs: [],
        t0Gaps: ['SOMETHING_NEW'],
        meetingTopics: new Map([
          ['cover-letter', 3],
          ['administrative-steps', 1],
          ['a-new-topic', 1],
          ['interview-preparation', 1],
        ]),
      },
      catalogue,
      [],
      new Set(['labour-market']),
    );
    expect(out.recommended.map((r) => [r.workshopId, r.reasons])).toEqual([
      ['pitch', ['interview preparation worked on in 1 pair meeting: this workshop takes it further']],
    ]);
    expect(out.notRepeated.map((n) => [n.workshopId, n.reason])).toEqual([['labour-market', 'already-attended']]);
  });
});
