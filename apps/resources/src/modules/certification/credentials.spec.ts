import { ob3Validators } from '../../testing/ob3/ob3-schema';
import type { Badge } from './badge.entity';
import { ACHIEVEMENTS } from './achievement.catalogue';
import { achievementDocument, issuerProfile, openBadgeCredential } from './credentials';

const base = 'https://binome.example/api/resources';
const badge = (over: Partial<Badge> = {}): Badge => ({
  _id: '1a2b3c4d-0000-5000-a000-000000000001',
  territoryId: 'rennes',
  achievementId: 'french-oral-practice',
  recipient: { kind: 'person', id: 'ben-1' },
  display: { kind: 'identifier' },
  salt: 'c2FsdA',
  awardedAt: new Date('2026-11-20T10:00:00.000Z'),
  evidence: { event: 'WorkshopSessionAttended', eventId: 'e-1' },
  statusListIndex: 42,
  createdAt: new Date('2026-11-20T10:00:00.000Z'),
  updatedAt: new Date('2026-11-20T10:00:00.000Z'),
  ...over,
});

/** The credential builder against 1EdTech's own JSON schema (not ours), without infrastructure. */
describe('Open Badges 3.0 credential of a badge', () => {
  const { credential: valid, profile: validProfile, achievement: validAchievement } = ob3Validators();

  it('When a badge is built with an identifier only or with the chosen name, then the credential is valid against the official OB 3.0 AchievementCredential schema', () => {
    for (const b of [badge(), badge({ display: { kind: 'name', name: 'Awet Tesfaye' } })]) {
      const vc = openBadgeCredential(base, b);
      expect(valid(vc) ? [] : valid.errors).toEqual([]);
      expect(vc.credentialSchema).toEqual([
        {
          id: 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json',
          type: '1EdTechJsonSchemaValidator2019',
        },
      ]);
    }
  });

  it('When the credential lacks its achievement, its issuer, its context or has a local date, then the official schema refuses it, naming the place', () => {
    const vc = openBadgeCredential(base, badge());
    const { achievement: _achievement, ...subjectWithout } = vc.credentialSubject;
    const { issuer: _issuer, ...withoutIssuer } = vc;
    const cases: [unknown, string][] = [
      [{ ...vc, credentialSubject: subjectWithout }, '/credentialSubject'],
      [withoutIssuer, ''],
      [{ ...vc, '@context': [vc['@context'][0]] }, '/@context'],
      [{ ...vc, '@context': ['https://www.w3.org/2018/credentials/v1', vc['@context'][1]] }, '/@context/0'],
      [{ ...vc, type: ['VerifiableCredential'] }, '/type'],
      [{ ...vc, validFrom: '20/11/2026' }, '/validFrom'],
      [
        { ...vc, credentialSubject: { ...vc.credentialSubject, achievement: { ...vc.credentialSubject.achievement, criteria: 'x' } } },
        '/credentialSubject/achievement/criteria',
      ],
    ];
    for (const [doc, path] of cases) {
      expect(valid(doc)).toBe(false);
      expect(valid.errors?.map((e) => e.instancePath)).toContain(path);
    }
  });

  it("When the issuer profile is published, then it is valid against the schema's Profile definition; without its type it is refused", () => {
    const p = issuerProfile(base);
    expect(validProfile(p) ? [] : validProfile.errors).toEqual([]);
    expect(p).toMatchObject({ id: `${base}/v1/public/issuer`, type: ['Profile'], name: 'Binôme' });
    const { type: _type, ...untyped } = p;
    expect(validProfile(untyped)).toBe(false);
  });

  it('When any badge of the catalogue is published or awarded, then its Achievement and its credential are valid against the schema', () => {
    for (const a of ACHIEVEMENTS) {
      expect(validAchievement(achievementDocument(base, a)) ? [] : [a.id, validAchievement.errors]).toEqual([]);
      expect(valid(openBadgeCredential(base, badge({ achievementId: a.id }))) ? [] : [a.id, valid.errors]).toEqual([]);
    }
    const { criteria: _criteria, ...withoutCriteria } = achievementDocument(base, ACHIEVEMENTS[0]);
    expect(validAchievement(withoutCriteria)).toBe(false);
  });
});
