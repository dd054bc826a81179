import { GUIDE_NEEDS } from './meeting-guide.entity';
import { COMPETENCY_NEEDS, INTAKE_NEEDS, T0_GAP_NEEDS, weighNeeds } from './needs-sources';

describe('a pair’s needs, weighed', () => {
  it('When only the caller names needs, then they come in the order given, each from the request', () => {
    expect(weighNeeds({ requested: ['network', 'cv'] })).toEqual([
      { need: 'network', weight: 2, sources: ['request'] },
      { need: 'cv', weight: 2, sources: ['request'] },
    ]);
  });

  it('When the intake and the T0 survey name needs, then they are translated, a need named twice weighs more, and the request still comes first', () => {
    const needs = weighNeeds({ requested: ['cv'], intake: ['NETWORK', 'LINKEDIN', 'FRENCH', 'UNKNOWN'], t0Gaps: ['FRENCH', 'CONFIDENCE'] });
    expect(needs).toEqual([
      { need: 'cv', weight: 2, sources: ['request'] },
      { need: 'french', weight: 2, sources: ['intake', 't0-survey'] },
      { need: 'network', weight: 1, sources: ['intake'] },
      { need: 'moral-support', weight: 1, sources: ['t0-survey'] },
    ]);
  });

  it('When a workshop developed the competency of a need, then that need counts half and moves after the others of its weight, without disappearing', () => {
    expect(weighNeeds({ requested: [], intake: ['CV', 'NETWORK'], attended: ['french-cv', 'motivation'] })).toEqual([
      { need: 'network', weight: 1, sources: ['intake'] },
      { need: 'cv', weight: 0.5, sources: ['intake', 'workshops'] },
    ]);
    // A competency alone adds no need.
    expect(weighNeeds({ requested: [], attended: ['networking'] })).toEqual([]);
  });

  it('When the tables translate a code, then it is a need a guide can be written for', () => {
    for (const need of [...Object.values(INTAKE_NEEDS), ...Object.values(T0_GAP_NEEDS), ...Object.values(COMPETENCY_NEEDS)])
      expect(GUIDE_NEEDS).toContain(need);
  });
});
