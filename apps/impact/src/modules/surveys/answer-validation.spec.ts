import { AppError } from '@binome/errors';
import { validateAnswers } from './answer-validation';
import { questionnaireFor } from './questionnaires.data';

const beneficiary = questionnaireFor('beneficiary');
const good = { network: true, autonomy: 4, confidence: 3, french: 2, projectClarity: 5, situation: 'searching' };

function fieldsOf(f: () => unknown): string[] {
  try {
    f();
  } catch (e) {
    return ((e as AppError).fields ?? []).map((i) => i.field);
  }
  throw new Error('no error');
}

describe('validateAnswers', () => {
  it('When every core answer is in range, then booleans become 0/1, choices lists, and free text is kept apart', () => {
    expect(validateAnswers(beneficiary, { ...good, comment: '  merci  ' })).toEqual({
      coded: { network: 1, autonomy: 4, confidence: 3, french: 2, projectClarity: 5, situation: ['searching'] },
      text: { comment: 'merci' },
    });
  });

  it('When a scale answer is out of range, then the refusal names that question only', () => {
    expect(fieldsOf(() => validateAnswers(beneficiary, { ...good, autonomy: 7 }))).toEqual(['body.answers.autonomy']);
    expect(fieldsOf(() => validateAnswers(beneficiary, { ...good, confidence: 2.5 }))).toEqual(['body.answers.confidence']);
  });

  it('When answers are missing, unknown, of the wrong type or an unknown option, then each is named', () => {
    const { situation: _omit, ...withoutSituation } = good;
    expect(fieldsOf(() => validateAnswers(beneficiary, { ...withoutSituation, network: 'yes', mood: 3 })).sort()).toEqual([
      'body.answers.mood',
      'body.answers.network',
      'body.answers.situation',
    ]);
    expect(fieldsOf(() => validateAnswers(beneficiary, { ...good, situation: 'astronaut' }))).toEqual(['body.answers.situation']);
  });

  it("When a volunteer answers, then the hours must be within the questionnaire's bounds and skills a list of known codes", () => {
    const volunteer = questionnaireFor('volunteer');
    expect(validateAnswers(volunteer, { wouldDoAgain: false, skillsGained: ['listening', 'network'], timeSpentHours: 21.5 }).coded).toEqual(
      {
        wouldDoAgain: 0,
        skillsGained: ['listening', 'network'],
        timeSpentHours: 21.5,
      },
    );
    expect(
      fieldsOf(() => validateAnswers(volunteer, { wouldDoAgain: true, skillsGained: 'listening', timeSpentHours: 500 })).sort(),
    ).toEqual(['body.answers.skillsGained', 'body.answers.timeSpentHours']);
  });
});
