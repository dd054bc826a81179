import { awardsFor } from './achievement.catalogue';

const ids = (xs: ReturnType<typeof awardsFor>) => xs.map((x) => `${x.achievement.id}:${x.recipientId}`);

describe('badge rules', () => {
  it('When the mandatory volunteer module is completed, then the volunteer earns "volunteer-trained" (the Konnecteurs’ own, "konnecteur-trained"); another module or kind earns nothing', () => {
    expect(ids(awardsFor({ event: 'ModuleCompleted', mandatory: true, personKind: 'volunteer', personId: 'v1' }))).toEqual([
      'volunteer-trained:v1',
    ]);
    expect(awardsFor({ event: 'ModuleCompleted', mandatory: false, personKind: 'volunteer', personId: 'v1' })).toEqual([]);
    expect(ids(awardsFor({ event: 'ModuleCompleted', mandatory: true, personKind: 'konnecteur', personId: 'k1' }))).toEqual([
      'konnecteur-trained:k1',
    ]);
    expect(awardsFor({ event: 'ModuleCompleted', mandatory: false, personKind: 'konnecteur', personId: 'k1' })).toEqual([]);
    expect(awardsFor({ event: 'ModuleCompleted', mandatory: true, personKind: 'beneficiary', personId: 'b1' })).toEqual([]);
  });

  it('When a session developing French oral and CV skills is attended, then both competency badges are earned', () => {
    expect(
      ids(awardsFor({ event: 'WorkshopSessionAttended', competencies: ['french-cv', 'oral-french', 'other'], personId: 'p' })),
    ).toEqual(['french-oral-practice:p', 'cv-workshop:p']);
  });

  it('When the standard catalogue’s workshops are attended, then their competencies (workshops’ own codes) earn the badges: the French oral MOOC, the French CV', () => {
    // `competencies` of the standard catalogue in apps/workshops (standard-catalogue.ts), as WorkshopSessionAttended carries them.
    expect(ids(awardsFor({ event: 'WorkshopSessionAttended', competencies: ['oral-french'], personId: 'p' }))).toEqual([
      'french-oral-practice:p',
    ]);
    expect(ids(awardsFor({ event: 'WorkshopSessionAttended', competencies: ['french-cv'], personId: 'p' }))).toEqual(['cv-workshop:p']);
    expect(awardsFor({ event: 'WorkshopSessionAttended', competencies: ['networking', 'pitch'], personId: 'p' })).toEqual([]);
  });

  it('When a pair completes, then the beneficiary and the volunteer each earn their badge', () => {
    expect(ids(awardsFor({ event: 'PairCompleted', beneficiaryId: 'b', volunteerId: 'v' }))).toEqual([
      'mentor-six-months:v',
      'journey-completed:b',
    ]);
  });
});
