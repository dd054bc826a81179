import { PERMISSIONS } from '@binome/auth/browser';
import { canRead, canWrite, consolePermissionsOf } from './access';

const TERRITORIES = ['paris', 'rennes', 'tours'];
const claims = (roles: string[], groups: string[] = []) => ({
  sub: 'u1',
  realm_access: { roles },
  groups,
  email: 'x@y',
  email_verified: true,
});
const readable = (realm: string, roles: string[], groups?: string[]) =>
  Object.keys(consolePermissionsOf(realm, claims(roles, groups), TERRITORIES).resources).sort();

describe('the console’s menu from the role matrix of @binome/auth', () => {
  it('When a volunteer or a Konnecteur signs in, then the offers to volunteer stay staff’s, and surveys are the Konnecteur’s pairs’ only', () => {
    const volunteer = consolePermissionsOf('rennes', claims(['volunteer']), TERRITORIES);
    expect([volunteer.resources['volunteer-interests'], volunteer.resources.surveys, volunteer.resources.outcomes]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    const konnecteur = consolePermissionsOf('rennes', claims(['konnecteur']), TERRITORIES);
    expect(konnecteur.resources['volunteer-interests']).toBeUndefined();
    expect(konnecteur.resources.surveys?.read.scopes).toEqual(['own-pairs']);
  });

  it('When a territory manager signs in, then every staff resource is readable and writable, in their territory only', () => {
    const p = consolePermissionsOf('rennes', claims(['territory-manager']), TERRITORIES);
    expect(Object.keys(p.resources).sort()).toEqual(
      [
        'badges',
        'library-resources',
        'sessions',
        'training-modules',
        'workshops',
        'candidates',
        'koachs',
        'konnecteurs',
        'meetings',
        'pairs',
        'partner-companies',
        'partner-organisations',
        'promotions',
        'referrals',
        'triage',
        'volunteers',
        'surveys',
        'outcomes',
        'volunteer-interests',
      ].sort(),
    );
    expect(p.resources.candidates?.write.scopes).toEqual(['own-territory']);
    expect(p.principal.scope).toEqual({ kind: 'some', territories: ['rennes'] });
  });

  it('When HQ signs in from the national realm, then they reach every territory', () => {
    const p = consolePermissionsOf('national', claims(['hq-admin']), TERRITORIES);
    expect(p.resources.candidates?.read.scopes).toEqual(['all-territories']);
    expect(p.principal.scope).toEqual({ kind: 'all' });
  });

  it('When company HR signs in, then no refugee data is reachable: no candidates, pairs, meetings or referrals; their hours are', () => {
    const p = consolePermissionsOf('partners', claims(['company-hr'], ['/company/sncf']), TERRITORIES);
    expect(readable('partners', ['company-hr'], ['/company/sncf'])).toEqual([
      'koachs',
      'konnecteurs',
      'partner-companies',
      'promotions',
      'volunteers',
    ]);
    for (const r of ['candidates', 'pairs', 'meetings', 'referrals', 'triage'] as const) expect(canRead(p, r)).toBe(false);
    expect(p.engagementHours.scopes).toEqual(['own-company']);
    // Without the company group the token proves no company: nothing.
    expect(readable('partners', ['company-hr'])).toEqual([]);
  });

  it('When a partner NGO signs in, then they see their referrals and their own organisation only', () => {
    expect(readable('partners', ['partner-ngo'], ['/ngo/cirefe'])).toEqual(['partner-organisations', 'referrals']);
  });

  it('When a Konnecteur signs in, then they read their pairs’ people and write meetings, but cannot write candidates nor see the triage of the territory', () => {
    const p = consolePermissionsOf('rennes', claims(['konnecteur']), TERRITORIES);
    expect(canRead(p, 'pairs')).toBe(true);
    expect(canWrite(p, 'meetings')).toBe(true);
    expect(canWrite(p, 'candidates')).toBe(false);
    expect(canRead(p, 'triage')).toBe(false);
  });

  it('When the matrix changes a cell, then the console follows: it reads the same table as the services', () => {
    // The table the console decides on is the lib's own object, not a copy.
    expect(PERMISSIONS['company-hr'].candidates.read).toBe('none');
  });
});
