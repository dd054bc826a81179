import { addMonths, dueState, surveyPlan } from './survey-schedule';

describe('survey schedule', () => {
  it('When a pair starts on 31 August, then T+6 falls on the last day of February and T+12 a year later', () => {
    expect(surveyPlan('2025-08-31')).toEqual([
      { respondent: 'beneficiary', wave: 'T0', dueOn: '2025-08-31' },
      { respondent: 'beneficiary', wave: 'T3', dueOn: '2025-11-30' },
      { respondent: 'beneficiary', wave: 'T6', dueOn: '2026-02-28' },
      { respondent: 'beneficiary', wave: 'T12', dueOn: '2026-08-31' },
      { respondent: 'volunteer', wave: 'T6', dueOn: '2026-02-28' },
    ]);
  });

  it('When months cross a leap February or a year, then the day is kept where it exists', () => {
    expect(addMonths('2027-11-29', 3)).toBe('2028-02-29');
    expect(addMonths('2026-01-15', 12)).toBe('2027-01-15');
  });

  it('When today is before, within 30 days after, or later than the due date, then the survey is upcoming, due, overdue', () => {
    expect(dueState('2026-03-01', '2026-02-28')).toBe('upcoming');
    expect(dueState('2026-03-01', '2026-03-31')).toBe('due');
    expect(dueState('2026-03-01', '2026-04-01')).toBe('overdue');
  });
});
