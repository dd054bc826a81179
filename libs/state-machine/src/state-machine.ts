import { AppError } from '@binome/errors';

/**
 * A lifecycle as data: for each state, the states it may move to. Intake, promotions, referrals,
 * pairs and meetings all declare theirs this way, so an illegal jump is refused the same way
 * everywhere: 409 `illegal_transition`, naming the current state and the allowed ones.
 */
export type Transitions<S extends string> = { readonly [K in S]: readonly S[] };

export interface StateMachine<S extends string> {
  readonly name: string;
  readonly states: readonly S[];
  can(from: S, to: S): boolean;
  next(from: S): readonly S[];
  /** Throws AppError('illegal_transition') unless `from → to` is allowed. */
  assert(from: S, to: S): void;
  isFinal(state: S): boolean;
}

export function stateMachine<S extends string>(name: string, transitions: Transitions<S>): StateMachine<S> {
  const states = Object.keys(transitions) as S[];
  for (const [from, tos] of Object.entries(transitions) as [S, readonly S[]][]) {
    for (const to of tos) if (!(to in transitions)) throw new Error(`${name}: ${from} → ${to} targets an unknown state`);
  }
  return {
    name,
    states,
    can: (from, to) => transitions[from]?.includes(to) ?? false,
    next: (from) => transitions[from] ?? [],
    isFinal: (state) => (transitions[state] ?? []).length === 0,
    assert(from, to) {
      if (this.can(from, to)) return;
      const allowed = this.next(from);
      throw new AppError(
        'illegal_transition',
        `A ${name} cannot go from "${from}" to "${to}"; ${allowed.length ? `allowed: ${allowed.join(', ')}` : `"${from}" is final`}`,
        { fields: [{ field: 'status', message: `illegal transition ${from} → ${to}` }] },
      );
    },
  };
}
