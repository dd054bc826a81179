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
    ['/v1/pairs/p-1/reminders', 'meetings'],
    ['/v1/promotions/p-1/calendar-events', 'meetings'],
    ['/v1/promotions/p-1/calendar-feed', 'meetings'],
    ['/v1/calendar-events/e-1/rsvp', 'meetings'],
    ['/v1/territories/rennes/konnecteurs/k-1/contact', 'meetings'],
    ['/v1/companies/sncf/engagement-hours', 'engagement-hours'],
    ['/v1/companies/sncf/volunteers/v-1/attestation.pdf', 'engagement-hours'],
  ])('When scheduling serves %s, then the edge checks the %s resource', (path, resource) => {
    expect(resourceOf('scheduling', path)).toBe(resource);
  });
});

describe('the edge’s rules for the resources service', () => {
  it.each([
    ['/v1/resources'],
    ['/v1/resources/r-1/versions/2/file'],
    ['/v1/training-modules/m-1/quiz'],
    ['/v1/badges/b-1/credential'],
    ['/v1/achievements'],
    ['/v1/meeting-guides/suggestion'],
    ['/v1/territories/rennes/meeting-guide'],
    ['/v1/issuer/keys'],
    ['/v1/issuer/keys/abc/retirement'],
  ])('When resources serves %s, then the edge checks the resources resource', (path) => {
    expect(resourceOf('resources', path)).toBe('resources');
  });

  it('When a path is a public badge page, then no rule applies (the edge passes it through without a token)', () => {
    expect(resourceOf('resources', '/v1/public/credentials/c-1')).toBeUndefined();
  });
});

describe('the edge’s rules for the workshops service', () => {
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

describe('the edge’s rules for the impact service', () => {
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
