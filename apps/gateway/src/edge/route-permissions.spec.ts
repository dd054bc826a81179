import { resourceOf } from './route-permissions';

describe('the edge’s coarse route rules', () => {
  it.each([
    ['/v1/promotions/p-1/pins', 'pairs'],
    ['/v1/promotions/p-1/bans/b-1/v-1', 'pairs'],
    ['/v1/promotions/p-1/pins/b-1/v-1', 'pairs'],
    ['/v1/promotions/p-1/pairs', 'pairs'],
  ])('When matching serves %s, then the edge checks the %s resource', (path, resource) => {
    expect(resourceOf('matching', path)).toBe(resource);
  });

  it('When a path is not one of matching’s, then no rule applies and the service decides', () => {
    expect(resourceOf('matching', '/v1/promotions/p-1/pins/b-1')).toBeUndefined();
    expect(resourceOf('matching', '/v1/promotions/p-1/pins/b-1/v-1/x')).toBeUndefined();
  });

  it.each([
    '/v1/workshops',
    '/v1/sessions/s-1/registrations',
    '/v1/facilitators/f-1/availability',
    '/v1/beneficiaries/b-1/recommendations',
    '/v1/people/p-1/assiduity',
  ])('When workshops serves %s, then the edge checks the workshops resource', (path) => {
    expect(resourceOf('workshops', path)).toBe('workshops');
    expect(resourceOf('scheduling', path)).not.toBe('workshops');
  });
});
