import { can, type Principal, type Role } from '@binome/auth';
import { scoped } from '@binome/persistence';
import { isSelf, reachOf, selfByEmail, ownCompany, unionOf, staffReaches } from './reach';

const principal = (roles: Role[], over: Partial<Principal> = {}): Principal => ({
  subject: 'sub-1',
  username: 'someone',
  realm: 'rennes',
  roles,
  scope: { kind: 'some', territories: ['rennes'] },
  companyId: undefined,
  partnerId: undefined,
  email: 'kim@rennes.binome.test',
  emailVerified: true,
  token: 't',
  ...over,
});

/** A small evaluator of the filter subset reaches build ($and, $or, $in, $exists, equality on dotted paths). */
type Doc = Record<string, unknown>;
const valueAt = (d: Doc, path: string): unknown =>
  path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Doc)[k] : undefined), d);
function matches(d: Doc, f: Record<string, unknown>): boolean {
  return Object.entries(f).every(([k, cond]) => {
    if (k === '$and') return (cond as Doc[]).every((c) => matches(d, c));
    if (k === '$or') return (cond as Doc[]).some((c) => matches(d, c));
    const v = valueAt(d, k);
    const values = Array.isArray(v) ? v : [v];
    if (cond && typeof cond === 'object' && !Array.isArray(cond)) {
      const c = cond as Doc;
      if ('$in' in c) return values.some((x) => (c.$in as unknown[]).includes(x));
      if ('$exists' in c) return (v !== undefined) === c.$exists;
    }
    return values.includes(cond);
  });
}

const pairLinks = (ids: string[]) => (p: Principal) => ({ scope: p.scope, filter: { _id: { $in: ids } } });

describe('the reach filter builder: the union of the reaches a principal holds', () => {
  const docs: Doc[] = [
    { _id: 'own', territoryId: 'rennes', contact: { email: 'kim@rennes.binome.test' }, companyId: 'x' },
    { _id: 'paired', territoryId: 'rennes', contact: { email: 'p@example.org' }, companyId: 'x' },
    { _id: 'other', territoryId: 'rennes', contact: { email: 'o@example.org' }, companyId: 'x' },
    { _id: 'sncf-tours', territoryId: 'tours', contact: { email: 's@example.org' }, companyId: 'sncf' },
    { _id: 'own-tours', territoryId: 'tours', contact: { email: 'kim@rennes.binome.test' }, companyId: 'x' },
  ];
  const visible = (reach: ReturnType<typeof reachOf>) =>
    reach ? docs.filter((d) => matches(d, scoped(reach.scope, reach.filter) as Doc)).map((d) => d._id) : [];

  it('When a principal holds no rule the collection serves, then nothing is reached', () => {
    expect(reachOf(principal(['koach']), can(principal(['koach']), 'volunteers', 'read'))).toBeUndefined();
    expect(unionOf([])).toBeUndefined();
  });

  it('When a principal holds one rule, then its filter applies alone (as before)', () => {
    const p = principal(['volunteer']);
    const reach = reachOf(p, can(p, 'volunteers', 'read'), { self: selfByEmail('contact.email', 'userId') });
    expect(reach).toMatchObject({ rule: 'self', scope: p.scope, filter: { $or: [{ 'contact.email': p.email }, { userId: 'sub-1' }] } });
    expect(visible(reach)).toEqual(['own']);
  });

  it('When a Konnecteur is also a volunteer, then they reach their own enrolment OR their pairs’ people (not only the broadest rule)', () => {
    const p = principal(['konnecteur', 'volunteer']);
    const permission = can(p, 'volunteers', 'read');
    expect(permission.scopes).toEqual(['own-pairs', 'self']);
    const reach = reachOf(p, permission, { self: selfByEmail('contact.email', 'userId'), 'own-pairs': pairLinks(['paired']) });
    expect(reach?.parts.map((x) => x.rule)).toEqual(['own-pairs', 'self']);
    expect(reach?.filter).toEqual({ $or: [{ _id: { $in: ['paired'] } }, { $or: [{ 'contact.email': p.email }, { userId: 'sub-1' }] }] });
    expect(visible(reach).sort()).toEqual(['own', 'paired']);
  });

  it('When reaches of different tenant scopes are combined, then each branch keeps its own territory condition', () => {
    // Company HR who also holds a volunteer account in Rennes: their company everywhere, their own record in Rennes only.
    const p = principal(['company-hr', 'volunteer'], { companyId: 'sncf' });
    const reach = reachOf(p, can(p, 'volunteers', 'read'), { self: selfByEmail('contact.email'), 'own-company': ownCompany('companyId') });
    expect(reach?.scope).toEqual({ kind: 'all' });
    expect(reach?.filter).toEqual({
      $or: [
        { $and: [{ territoryId: { $exists: true } }, { companyId: 'sncf' }] },
        { $and: [{ territoryId: { $in: ['rennes'] } }, { $or: [{ 'contact.email': p.email }] }] },
      ],
    });
    // Their own Tours record is not theirs to read through `self` (realm-bounded), SNCF's Tours one is.
    expect(visible(reach).sort()).toEqual(['own', 'sncf-tours']);
  });

  it('When a territory rule is held with a narrower one of the same scope, then the territory swallows it; across scopes both apply', () => {
    const manager = principal(['territory-manager', 'volunteer']);
    const same = reachOf(manager, can(manager, 'volunteers', 'read'), { self: selfByEmail('contact.email') });
    expect(same).toMatchObject({ rule: 'own-territory', scope: manager.scope, filter: {} });
    expect(visible(same).sort()).toEqual(['other', 'own', 'paired']);
    expect(staffReaches(same, 'rennes')).toBe(true);
    expect(staffReaches(same, 'tours')).toBe(false);

    const hr = principal(['territory-manager', 'company-hr'], { companyId: 'sncf' });
    const across = reachOf(hr, can(hr, 'volunteers', 'read'), { 'own-company': ownCompany('companyId') });
    expect(visible(across).sort()).toEqual(['other', 'own', 'paired', 'sncf-tours']);
  });

  it('When a record is tested in memory, then isSelf matches the same email or subject within the realm', () => {
    const p = principal(['beneficiary']);
    expect(isSelf(p, { contact: { email: 'kim@rennes.binome.test' }, territoryId: 'rennes' })).toBe(true);
    expect(isSelf(p, { contact: { email: 'kim@rennes.binome.test' }, territoryId: 'tours' })).toBe(false);
    expect(isSelf(p, { contact: { email: 'x@example.org' }, userId: 'sub-1', territoryId: 'rennes' })).toBe(true);
    expect(
      isSelf({ ...p, emailVerified: false, subject: '' }, { contact: { email: 'kim@rennes.binome.test' }, territoryId: 'rennes' }),
    ).toBe(false);
  });
});
