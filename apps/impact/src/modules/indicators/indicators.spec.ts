import type { PairFact, SurveyFact } from '../projection/fact.entity';
import { figuresOf, isDue, plannedMeetings, suppressed, type IndicatorFacts } from './indicators';

const pair = (id: string, startedOn: string, status: PairFact['status'] = 'completed', endedOn?: string): PairFact => ({
  _id: id,
  territoryId: 'rennes',
  promotionId: 'p',
  beneficiaryId: `b-${id}`,
  volunteerId: `v-${id}`,
  status,
  startedOn,
  ...(endedOn ? { endedOn } : {}),
});
const t6 = (pairId: string, answers: SurveyFact['answers']): SurveyFact => ({
  _id: `${pairId}:beneficiary:T6`,
  territoryId: 'rennes',
  promotionId: 'p',
  pairId,
  personId: `b-${pairId}`,
  respondent: 'beneficiary',
  wave: 'T6',
  questionnaireId: 'beneficiary-core',
  questionnaireVersion: 1,
  answers,
  answeredAt: new Date(),
  dueOn: '2026-07-01',
});
const facts = (f: Partial<IndicatorFacts>): IndicatorFacts => ({
  pairs: [],
  surveys: [],
  outcomes: [],
  meetings: [],
  applications: [],
  attendance: [],
  companyOf: new Map(),
  ...f,
});

describe('indicators', () => {
  it('When a pair dissolved before its T+6, then that wave is not due; a completed one is, from its date on', () => {
    expect(isDue(pair('a', '2026-01-01'), 'T6', '2026-07-01')).toBe(true);
    expect(isDue(pair('a', '2026-01-01'), 'T6', '2026-06-30')).toBe(false);
    expect(isDue(pair('b', '2026-01-01', 'dissolved', '2026-03-01'), 'T6', '2026-12-01')).toBe(false);
  });

  it('When 3 of 4 due beneficiaries answered and 2 have a network, then network is 2/3 with a response rate of 3/4', () => {
    const pairs = ['a', 'b', 'c', 'd'].map((id) => pair(id, '2026-01-01'));
    const surveys = [t6('a', { network: 1 }), t6('b', { network: 1 }), t6('c', { network: 0 })];
    const network = figuresOf(facts({ pairs, surveys }), '2026-08-01').find((f) => f.code === 'network');
    expect(network).toMatchObject({ numerator: 2, denominator: 3, due: 4, responseRate: 0.75, published: 0.94, suppressed: false });
    expect(network?.value).toBeCloseTo(2 / 3, 10);
    if (!network) throw new Error('no network figure');
    expect(suppressed(network)).toEqual({
      code: 'network',
      label: network?.label,
      published: 0.94,
      definition: network?.definition,
      suppressed: true,
    });
  });

  it('When a cell holds five people, then it is shown', () => {
    const pairs = ['a', 'b', 'c', 'd', 'e'].map((id) => pair(id, '2026-01-01'));
    const surveys = pairs.map((p) => t6(p._id, { network: 1 }));
    const network = figuresOf(facts({ pairs, surveys }), '2026-08-01').find((f) => f.code === 'network');
    expect(network && suppressed(network)).toBe(network);
  });

  it('When time passes from the start, then the plan expects one meeting by day 14, then one every 15 days, ten at most', () => {
    expect(plannedMeetings('2026-01-01', '2026-01-14')).toBe(0);
    expect(plannedMeetings('2026-01-01', '2026-01-15')).toBe(1);
    expect(plannedMeetings('2026-01-01', '2026-01-30')).toBe(2);
    expect(plannedMeetings('2026-01-01', '2026-12-31')).toBe(10);
  });
});
