import { endOfDay } from './promotion-term.entity';

describe("a promotion's last day", () => {
  it('When the day is a calendar date, then the term ends at its last millisecond (UTC)', () => {
    expect(endOfDay('2027-07-15')?.toISOString()).toBe('2027-07-15T23:59:59.999Z');
  });

  it('When the text is not a real YYYY-MM-DD date, then there is no term', () => {
    expect(['', '2027-7-15', '2027-02-30', '15/07/2027', '2027-07-15T10:00:00Z'].map(endOfDay)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
