import { agendaOf, stageOf, type GuideEntry } from './meeting-guide.entity';

const entry = (need: GuideEntry['need'], stages: GuideEntry['stages'], text: string): GuideEntry => ({
  need,
  stages,
  volunteerText: text,
  beneficiaryText: text,
  resourceIds: [],
});

describe('meeting guides', () => {
  it('When no meeting was held, then the stage is the first meeting whatever the week; then early, middle, closing by week', () => {
    expect([stageOf(5, 0), stageOf(3, 1), stageOf(8, 2), stageOf(9, 3), stageOf(20, 6), stageOf(21, 7)]).toEqual([
      'first-meeting',
      'early',
      'early',
      'middle',
      'middle',
      'closing',
    ]);
  });

  it('When the needs are cv then network, then their entries come in that order, then the entries for any need; other stages are left out', () => {
    const guide = {
      entries: [
        entry('any', ['middle'], 'bilan'),
        entry('network', ['middle'], 'contacts'),
        entry('cv', ['middle', 'early'], 'cv'),
        entry('cv', ['closing'], 'cv final'),
      ],
    };
    expect(agendaOf(guide, 'middle', ['cv', 'network']).map((e) => e.volunteerText)).toEqual(['cv', 'contacts', 'bilan']);
    expect(agendaOf(guide, 'early', ['network']).map((e) => e.volunteerText)).toEqual([]);
  });
});
