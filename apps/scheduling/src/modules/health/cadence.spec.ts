import { cadenceHealth, expectedMeetings, type MeetingOutcome } from './cadence';

const start = new Date('2027-01-01T09:00:00Z');
const day = (n: number) => new Date(start.getTime() + n * 86_400_000);
const held = (n: number): MeetingOutcome => ({ startsAt: day(n), status: 'held' });
const missed = (n: number): MeetingOutcome => ({ startsAt: day(n), status: 'missed' });

describe('cadence health', () => {
  it('When the pair has just started, then it is on track with no reason', () => {
    expect(cadenceHealth(start, [], day(10))).toEqual({ status: 'on-track', reasons: [] });
  });

  it('When the first meeting is overdue after 14 days, then it needs a check-in; after 28 it is at risk', () => {
    expect(cadenceHealth(start, [], day(20))).toEqual({
      status: 'needs-check-in',
      reasons: [{ code: 'no-meeting-yet', value: 20, text: 'no meeting 20 days after the start' }],
    });
    expect(cadenceHealth(start, [], day(30)).status).toBe('at-risk');
  });

  it('When the last meeting was 21 days ago, then the reason says "21 days without a meeting"', () => {
    const h = cadenceHealth(start, [held(5), held(20)], day(41));
    expect(h.reasons).toContainEqual({ code: 'days-without-meeting', value: 21, text: '21 days without a meeting' });
    expect(h.status).toBe('needs-check-in');
  });

  it('When the last two meetings were no-shows, then the pair is at risk with "2 no-shows in a row"', () => {
    const h = cadenceHealth(start, [held(5), missed(12), missed(19)], day(22));
    expect(h.status).toBe('at-risk');
    expect(h.reasons).toEqual([{ code: 'no-shows-in-a-row', value: 2, text: '2 no-shows in a row' }]);
  });

  it('When a meeting is held after a no-show, then the no-shows no longer count', () => {
    expect(cadenceHealth(start, [held(5), missed(12), held(19)], day(22))).toEqual({ status: 'on-track', reasons: [] });
  });

  it('When the plan expects more meetings than were held, then it says by how many ("behind plan by 3 meetings")', () => {
    // Day 74: 1 at day 14 + 2 a month over 60 days = 5 expected; 2 held.
    expect(expectedMeetings(start, day(74))).toBe(5);
    const h = cadenceHealth(start, [held(10), held(70)], day(74));
    expect(h.reasons).toEqual([{ code: 'behind-plan', value: 3, text: 'behind plan by 3 meetings' }]);
    expect(h.status).toBe('at-risk');
  });

  it('When a pair keeps two meetings a month, then it stays on track; planned and cancelled meetings are no outcome', () => {
    const regular = [held(7), held(21), held(36), held(51), held(66)];
    expect(
      cadenceHealth(start, [...regular, { startsAt: day(80), status: 'planned' }, { startsAt: day(70), status: 'cancelled' }], day(75)),
    ).toEqual({ status: 'on-track', reasons: [] });
  });
});
