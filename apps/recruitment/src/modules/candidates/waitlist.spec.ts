import { headOf, nextPosition, orderWaitlist } from './waitlist';

const at = (s: number) => new Date(Date.UTC(2027, 0, 1, 0, 0, s));

describe('waitlist ordering', () => {
  it('When the waitlist is empty, then the next position is 1 and nobody is at the head', () => {
    expect(nextPosition([])).toBe(1);
    expect(headOf([])).toBeUndefined();
  });

  it('When people wait, then the next position comes after the highest, even with gaps left by those admitted', () => {
    expect(
      nextPosition([
        { candidateId: 'a', position: 2, waitlistedAt: at(1) },
        { candidateId: 'b', position: 5, waitlistedAt: at(2) },
      ]),
    ).toBe(6);
  });

  it('When entries come unordered, then they are ordered by position, first come first served', () => {
    const ordered = orderWaitlist([
      { candidateId: 'c', position: 3, waitlistedAt: at(3) },
      { candidateId: 'a', position: 1, waitlistedAt: at(1) },
      { candidateId: 'b', position: 2, waitlistedAt: at(2) },
    ]);
    expect(ordered.map((e) => e.candidateId)).toEqual(['a', 'b', 'c']);
    expect(headOf(ordered)?.candidateId).toBe('a');
  });

  it('When two people drew the same position, then the earlier one goes first, and the id breaks a full tie', () => {
    const ordered = orderWaitlist([
      { candidateId: 'z', position: 1, waitlistedAt: at(5) },
      { candidateId: 'y', position: 1, waitlistedAt: at(4) },
      { candidateId: 'b', position: 1, waitlistedAt: at(4) },
    ]);
    expect(ordered.map((e) => e.candidateId)).toEqual(['b', 'y', 'z']);
  });

  it('When ordering, then the input is left untouched', () => {
    const input = [
      { candidateId: 'b', position: 2, waitlistedAt: at(2) },
      { candidateId: 'a', position: 1, waitlistedAt: at(1) },
    ];
    orderWaitlist(input);
    expect(input[0].candidateId).toBe('b');
  });
});
