import { needsOf } from './needs';

describe('needsOf', () => {
  it('When a T0 survey says no network and low French and autonomy, then those are the needs, in a stable order', () => {
    expect(needsOf({ network: 0, autonomy: 2, confidence: 3, french: 1, projectClarity: 5, situation: ['searching'] })).toEqual([
      'NETWORK',
      'JOB_SEARCH',
      'FRENCH',
    ]);
  });

  it('When every answer is above the gap, or there is no answer, then there is no need', () => {
    expect(needsOf({ network: 1, autonomy: 3, confidence: 3, french: 3, projectClarity: 3 })).toEqual([]);
    expect(needsOf(undefined)).toEqual([]);
  });
});
