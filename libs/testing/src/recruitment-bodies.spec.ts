import {
  applicationBody,
  minimalApplicationBody,
  partnerOrganisationDoc,
  promotionBody,
  readyToMatchVolunteerBody,
} from './recruitment-bodies';
import { subjectOf } from './tokens';

const jwt = (claims: object) => ['e30', Buffer.from(JSON.stringify(claims)).toString('base64url'), 'sig'].join('.');

describe('shared spec fixtures', () => {
  it('When a builder is called twice, then each body has its own email and name', () => {
    expect(applicationBody().email).not.toBe(applicationBody().email);
    expect(promotionBody().name).not.toBe(promotionBody().name);
  });

  it('When a field is overridden, then only that field changes; an undefined override leaves the sent JSON without it', () => {
    const body = minimalApplicationBody({ town: 'Vitré', channel: undefined });
    expect(body).toMatchObject({ town: 'Vitré', territoryId: 'rennes', firstName: 'Amina' });
    expect(Object.keys(JSON.parse(JSON.stringify(body)))).not.toContain('channel');
    expect(Object.keys(JSON.parse(JSON.stringify(readyToMatchVolunteerBody())))).not.toContain('preferences');
  });

  it('When the full application is built, then it extends the minimal one with the intake fields', () => {
    const { email: _a, ...full } = applicationBody();
    const { email: _b, ...minimal } = minimalApplicationBody();
    expect(full).toMatchObject({ ...minimal, town: 'Saint-Malo' });
    expect(full).toMatchObject({ targetTrade: 'M1607', availability: ['mon-am', 'thu-pm'] });
  });

  it('When an organisation document is built, then the slug and overrides are kept and the timestamps are set', () => {
    const doc = partnerOrganisationDoc('prisme', { kind: 'ngo', territoryId: ['tours'] });
    expect(doc).toMatchObject({ _id: 'prisme', kind: 'ngo', territoryId: ['tours'], active: true });
    expect(doc.createdAt).toBeInstanceOf(Date);
  });

  it('When a token is read, then subjectOf returns its sub claim, and refuses a token without one', () => {
    expect(subjectOf(jwt({ sub: 'f3c1' }))).toBe('f3c1');
    expect(() => subjectOf(jwt({ iss: 'x' }))).toThrow('no sub claim');
  });
});
