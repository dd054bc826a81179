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
    ['/v1/indicators', 'indicators'],
    ['/v1/indicators/network/export', 'indicators'],
    ['/v1/reports/funder', 'indicators'],
    ['/v1/outcomes', 'surveys'],
    ['/v1/surveys/s-1/answers', 'surveys'],
    ['/v1/questionnaires', 'surveys'],
    ['/v1/territories/rennes/promotions/p-1/needs', 'surveys'],
  ])('When impact serves %s, then the edge checks the %s resource (outcomes are collected with the surveys)', (path, resource) => {
    expect(resourceOf('impact', path)).toBe(resource);
  });
});
