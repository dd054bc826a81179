import { apiErrorOf, fieldErrorsOf } from './problem';

describe('problem+json to form errors', () => {
  it('When a problem names body fields, then each lands on its form path, nested and joined, with the detail at the root', () => {
    const errors = fieldErrorsOf({
      status: 400,
      code: 'validation_failed',
      detail: 'body.name: too short; body.workplace.town: Required',
      errors: [
        { field: 'body.name', message: 'String must contain at least 3 character(s)' },
        { field: 'body.startsOn', message: 'expected a date as YYYY-MM-DD' },
        { field: 'body.startsOn', message: 'not a calendar date' },
        { field: 'body.workplace.town', message: 'Required' },
        { field: 'query.territoryId', message: 'Invalid enum value' },
      ],
    });
    expect(errors).toEqual({
      name: 'String must contain at least 3 character(s)',
      startsOn: 'expected a date as YYYY-MM-DD ; not a calendar date',
      workplace: { town: 'Required' },
      query: { territoryId: 'Invalid enum value' },
      root: { serverError: 'body.name: too short; body.workplace.town: Required' },
    });
  });

  it('When a problem names no field, then only the root message is set, from the detail or the title', () => {
    expect(fieldErrorsOf({ title: 'Illegal state transition' })).toEqual({ root: { serverError: 'Illegal state transition' } });
  });

  it('When the gateway answers without a problem body, then the error still carries the status and a message', () => {
    const e = apiErrorOf(502, undefined, 'Bad Gateway');
    expect(e).toMatchObject({
      name: 'HttpError',
      status: 502,
      message: 'Bad Gateway',
      body: { errors: { root: { serverError: 'Bad Gateway' } } },
    });
  });
});
