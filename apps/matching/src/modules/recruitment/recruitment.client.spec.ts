import { status } from '@grpc/grpc-js';
import { fromRecruitmentError } from './recruitment.client';

describe('errors at the edges of matching', () => {
  it.each([
    [status.PERMISSION_DENIED, 'forbidden', 403],
    [status.NOT_FOUND, 'not_found', 404],
    [status.UNIMPLEMENTED, 'unavailable', 503],
    [status.UNAVAILABLE, 'unavailable', 503],
    [status.DEADLINE_EXCEEDED, 'unavailable', 503],
    [status.INTERNAL, 'unavailable', 503],
  ])('When recruitment answers gRPC status %s, then matching answers %s (%s), never a 500', (code, appCode, httpStatus) => {
    const e = fromRecruitmentError({ code, details: 'whatever' });
    expect(e.code).toBe(appCode);
    expect(e.status).toBe(httpStatus);
  });
});
