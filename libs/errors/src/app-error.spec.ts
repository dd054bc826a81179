import { AppError, validationFailed } from './app-error';

describe('AppError', () => {
  it('When serialised, then it carries code, title and detail but never the cause or the stack', () => {
    const e = new AppError('conflict', 'Promotion is full', { cause: new Error('db document {email: x}') });
    const json = JSON.parse(JSON.stringify(e));
    expect(json).toEqual({ code: 'conflict', title: 'Conflict', detail: 'Promotion is full' });
    expect(e.status).toBe(409);
  });

  it('When built from field issues, then the detail names every field', () => {
    const e = validationFailed([
      { field: 'body.email', message: 'Invalid email' },
      { field: 'body.territoryId', message: 'Required' },
    ]);
    expect(e.status).toBe(400);
    expect(e.message).toBe('body.email: Invalid email; body.territoryId: Required');
    expect(e.toJSON().errors).toHaveLength(2);
  });
});
