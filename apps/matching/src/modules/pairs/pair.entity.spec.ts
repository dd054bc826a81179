import { AppError } from '@binome/errors';
import { pairLifecycle } from './pair.entity';

describe('pair lifecycle', () => {
  it.each([
    ['proposed', 'confirmed'],
    ['proposed', 'withdrawn'],
    ['confirmed', 'active'],
    ['confirmed', 'dissolved'],
    ['active', 'completed'],
    ['active', 'dissolved'],
  ] as const)('When a pair goes %s → %s, then it is allowed', (from, to) => {
    expect(pairLifecycle.can(from, to)).toBe(true);
  });

  it.each([
    ['proposed', 'active'],
    ['proposed', 'completed'],
    ['confirmed', 'completed'],
    ['completed', 'dissolved'],
    ['dissolved', 'active'],
    ['withdrawn', 'confirmed'],
  ] as const)('When a pair jumps %s → %s, then 409 illegal_transition', (from, to) => {
    let error: unknown;
    try {
      pairLifecycle.assert(from, to);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('illegal_transition');
  });
});
