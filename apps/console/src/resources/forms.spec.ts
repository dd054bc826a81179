import { sessionBody } from './workshops/session-body';
import { moduleBody } from './library/module-body';
import { statusUpdates } from '../dashboard/partner-updates';

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
});
