import { sessionBody } from './workshops/session-body';
import { moduleBody } from './library/module-body';
import { statusUpdates } from '../dashboard/partner-updates';
import { answersBody, INSERTION_CATEGORY, outcomeBody, questionnaireOf, type ServedQuestionnaire } from './surveys/survey-body';

describe('what the console’s forms send', () => {
  it('When a session form holds local date-times and empty optional texts, then the service gets instants and no empty field', () => {
    const startsAt = '2027-03-10T10:00';
    expect(
      sessionBody({
        startsAt,
        endsAt: '2027-03-10T12:00',
        closesAt: '',
        place: '',
        link: null,
        capacity: { beneficiaries: 12, volunteers: 0 },
      }),
    ).toEqual({
      startsAt: new Date(startsAt).toISOString(),
      endsAt: new Date('2027-03-10T12:00').toISOString(),
      capacity: { beneficiaries: 12, volunteers: 0 },
    });
  });

  it('When a module’s part has no linked resource and its rule is attendance, then neither an empty id nor quiz fields are sent', () => {
    expect(
      moduleBody({
        title: 'Journée de formation',
        parts: [
          { id: 'p1', title: 'Le programme', resourceId: '' },
          { id: 'p2', title: 'Le guide', resourceId: 'rennes-guide' },
        ],
        rule: { kind: 'attendance', passMark: 80, questions: [] },
      }),
    ).toEqual({
      title: 'Journée de formation',
      parts: [
        { id: 'p1', title: 'Le programme' },
        { id: 'p2', title: 'Le guide', resourceId: 'rennes-guide' },
      ],
      rule: { kind: 'attendance' },
    });
  });

  it('When a partner has referrals with histories, then their status updates come newest first, each named', () => {
    const updates = statusUpdates(
      [
        {
          id: 'r1',
          direction: 'outbound',
          status: 'accepted',
          person: { firstName: 'Yonas', lastName: 'Tesfaye' },
          history: [
            { status: 'sent', at: '2027-01-02T10:00:00.000Z' },
            { status: 'accepted', at: '2027-01-05T10:00:00.000Z' },
          ],
        },
        { id: 'r2', direction: 'inbound', status: 'sent', history: [{ status: 'sent', at: '2027-01-03T10:00:00.000Z' }] },
      ],
      2,
    );
    expect(updates).toEqual([
      { referralId: 'r1', name: 'Yonas Tesfaye', direction: 'outbound', status: 'accepted', at: '2027-01-05T10:00:00.000Z' },
      { referralId: 'r2', name: '', direction: 'inbound', status: 'sent', at: '2027-01-03T10:00:00.000Z' },
    ]);
  });

  it('When a survey’s answer form holds an unanswered optional question and padded text, then impact gets the answers alone, trimmed, none null', () => {
    expect(
      answersBody({
        id: 'pair-1:beneficiary:T3',
        status: 'due',
        answers: { network: false, autonomy: 4, situation: 'employed', comment: null, note: '  Un CDD  ', skills: [] },
      }),
    ).toEqual({ answers: { network: false, autonomy: 4, situation: 'employed', note: 'Un CDD' } });
    expect(answersBody({ id: 'x' })).toEqual({ answers: {} });
  });

  it('When a survey was scheduled with a questionnaire version, then the form asks that version’s questions, not the newest', () => {
    const served = [
      { id: 'beneficiary-core', version: 1, language: 'fr', title: 'v1', questions: [] },
      { id: 'beneficiary-core', version: 2, language: 'fr', title: 'v2', questions: [] },
    ] as ServedQuestionnaire[];
    expect(questionnaireOf(served, { id: 'beneficiary-core', version: 1 })?.title).toBe('v1');
    expect(questionnaireOf(served, { id: 'volunteer-end', version: 1 })).toBeUndefined();
  });

  it('When an outcome is recorded, then only the pair, kind, date and given evidence go (the promotion only chose the pair), and its typology is the French one', () => {
    expect(outcomeBody({ promotionId: 'p1', pairId: 'pair-1', kind: 'internship', startedOn: '2026-11-02', evidence: ' ' })).toEqual({
      pairId: 'pair-1',
      kind: 'internship',
      startedOn: '2026-11-02',
    });
    expect(
      outcomeBody({ pairId: 'pair-1', kind: 'permanent-contract', startedOn: '2026-11-02', evidence: 'Contrat signé ' }).evidence,
    ).toBe('Contrat signé');
    expect([INSERTION_CATEGORY['fixed-term-under-6-months'], INSERTION_CATEGORY['qualifying-training']]).toEqual([
      'transition-job',
      'positive-exit-training',
    ]);
  });
});
