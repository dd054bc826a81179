import type { Registration } from './session.entity';
import { needOf, promotions, rankOf, waitlistOf } from './waitlist';

const at = (min: number) => new Date(Date.UTC(2026, 0, 10, 9, min));
const reg = (id: string, over: Partial<Registration> = {}): Registration => ({
  id,
  personId: `p-${id}`,
  pool: 'beneficiaries',
  status: 'waitlisted',
  requestedAt: at(0),
  requestedBy: 'person',
  needRank: 0,
  reason: '',
  ...over,
});

describe('waitlist', () => {
  it('When people wait, then the one with more of the workshop’s needs comes first, then the earlier request', () => {
    const s = {
      registrations: [
        reg('early-no-need', { requestedAt: at(1) }),
        reg('late-need', { requestedAt: at(9), needRank: 1 }),
        reg('mid-need', { requestedAt: at(5), needRank: 1 }),
        reg('seated', { status: 'registered' }),
      ],
    };
    expect(waitlistOf(s, 'beneficiaries').map((r) => r.id)).toEqual(['mid-need', 'late-need', 'early-no-need']);
    expect(rankOf(s, reg('new-two-needs', { requestedAt: at(20), needRank: 2 }))).toBe(1);
  });

  it('When the need is computed, then the reason names the intake needs the workshop answers', () => {
    expect(needOf(['CV', 'LINKEDIN'], ['LINKEDIN', 'FRENCH'])).toEqual({ needRank: 1, reason: 'intake: LINKEDIN' });
    expect(needOf(['CV'], [])).toEqual({ needRank: 0, reason: 'no intake need answered by this workshop' });
  });

  it('When a seat frees, then the first waiting person without a clash is promoted; after closing, nobody', () => {
    const s = {
      capacity: { beneficiaries: 2, volunteers: 0 },
      closesAt: at(60),
      registrations: [reg('seated', { status: 'registered' }), reg('a', { needRank: 1 }), reg('b', { needRank: 1, requestedAt: at(3) })],
    };
    expect(promotions(s, 'beneficiaries', at(30), () => false).map((r) => r.id)).toEqual(['a']);
    expect(promotions(s, 'beneficiaries', at(30), (p) => p === 'p-a').map((r) => r.id)).toEqual(['b']);
    expect(promotions(s, 'beneficiaries', at(60), () => false)).toEqual([]);
  });
});
