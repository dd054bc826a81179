import { checkInCode, isValidCheckInCode, newCheckInSecret } from './check-in-code';

describe('check-in code', () => {
  const secret = newCheckInSecret();
  const t0 = new Date(Date.UTC(2026, 2, 3, 10, 0, 5));
  const later = (s: number) => new Date(t0.getTime() + s * 1000);

  it('When a minute passes, then the code changes; the previous code is still taken just after the turn, not two minutes on', () => {
    const { code, expiresAt } = checkInCode(secret, t0);
    expect(code).toMatch(/^\d{6}$/);
    expect(expiresAt).toEqual(new Date(Date.UTC(2026, 2, 3, 10, 1, 0)));
    expect(checkInCode(secret, later(60)).code).not.toBe(code);
    expect(isValidCheckInCode(secret, code, later(30))).toBe(true);
    expect(isValidCheckInCode(secret, code, later(70))).toBe(true);
    expect(isValidCheckInCode(secret, code, later(130))).toBe(false);
  });

  it('When the code is of another session or garbage, then it is refused', () => {
    expect(isValidCheckInCode(newCheckInSecret(), checkInCode(secret, t0).code, t0)).toBe(false);
    expect(isValidCheckInCode(secret, 'abc', t0)).toBe(false);
  });
});
