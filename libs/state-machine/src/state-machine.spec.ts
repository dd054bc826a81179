import { AppError } from '@binome/errors';
import { stateMachine } from './state-machine';

const promotion = stateMachine('promotion', {
  planned: ['recruiting'],
  recruiting: ['running', 'planned'],
  running: ['closed'],
  closed: [],
});

describe('stateMachine', () => {
  it('When a transition is declared, then it is allowed', () => {
    expect(promotion.can('planned', 'recruiting')).toBe(true);
    expect(() => promotion.assert('running', 'closed')).not.toThrow();
  });

  it('When a transition jumps a step, then it is refused with 409 naming the allowed states', () => {
    let error: unknown;
    try {
      promotion.assert('planned', 'closed');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(409);
    expect((error as AppError).code).toBe('illegal_transition');
    expect((error as AppError).message).toBe('A promotion cannot go from "planned" to "closed"; allowed: recruiting');
  });

  it('When the state is final, then every move is refused and the message says it is final', () => {
    expect(promotion.isFinal('closed')).toBe(true);
    expect(() => promotion.assert('closed', 'running')).toThrow('"closed" is final');
  });

  it('When a transition targets an undeclared state, then the definition itself is rejected', () => {
    expect(() => stateMachine('broken', { a: ['b'] } as never)).toThrow('a → b targets an unknown state');
  });
});
