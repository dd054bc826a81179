import { bestOutcome, INSERTION_CATEGORY, OUTCOME_KINDS, PROGRAMME_POSITIVE } from './outcome-typology';

describe('outcome typology', () => {
  it('When each kind is classified, then the French typology and the programme definition disagree where they should', () => {
    expect(OUTCOME_KINDS.map((k) => [k, INSERTION_CATEGORY[k], PROGRAMME_POSITIVE.has(k)])).toEqual([
      ['permanent-contract', 'lasting-job', true],
      ['fixed-term-6-months-or-more', 'lasting-job', true],
      ['fixed-term-under-6-months', 'transition-job', false],
      ['internship', 'other', true],
      ['qualifying-training', 'positive-exit-training', true],
      ['pre-qualifying-training', 'positive-exit-training', false],
      ['insertion-job', 'transition-job', false],
      ['business-creation', 'lasting-job', false],
      ['volunteering', 'other', false],
      ['none', 'other', false],
    ]);
  });

  it('When a person has several outcomes, then the best one in the typology is reported, and something beats none', () => {
    expect(bestOutcome(['internship', 'fixed-term-under-6-months', 'none'])).toBe('fixed-term-under-6-months');
    expect(bestOutcome(['none', 'volunteering'])).toBe('volunteering');
    expect(bestOutcome(['none', 'internship'])).toBe('internship');
    expect(bestOutcome([])).toBeUndefined();
  });
});
