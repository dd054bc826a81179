import { importJWK, SignJWT, type JWK } from 'jose';
import { achievementOf, type Achievement } from './achievement.catalogue';
import { hashedIdentity, type Badge } from './badge.entity';
import { encodeStatusList } from './status-list';

/**
 * Open Badges 3.0 (`OpenBadgeCredential`, W3C VC data model 2.0) and Open Badges 2.0 (hosted
 * assertion) documents of a badge, and their VC-JWT signatures (VC-JOSE-COSE: the JWT payload is
 * the credential, `typ: vc+jwt`, ES256 with the issuer key whose public JWK the JWKS publishes).
 * `base` is the service's public URL (the gateway's `/api/resources`).
 */
export const VC_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
export const OB3_SCHEMA = 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json';
const ISSUER_NAME = 'Binôme';
const BADGE_IMAGE = `data:image/svg+xml;base64,${Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><circle cx="32" cy="32" r="30" fill="#1d4ed8"/><text x="32" y="40" font-size="22" text-anchor="middle" fill="#fff">B</text></svg>',
).toString('base64')}`;

export const urls = (base: string) => ({
  issuer: `${base}/v1/public/issuer`,
  jwks: `${base}/v1/public/jwks`,
  statusList: `${base}/v1/public/status-list`,
  credential: (id: string) => `${base}/v1/public/credentials/${id}`,
  achievement: (id: string) => `${base}/v1/public/achievements/${id}`,
  ob2Issuer: `${base}/v1/public/ob2/issuer`,
  ob2BadgeClass: (id: string) => `${base}/v1/public/ob2/badge-classes/${id}`,
  ob2Assertion: (id: string) => `${base}/v1/public/ob2/assertions/${id}`,
});

export const issuerProfile = (base: string) => ({
  '@context': [VC_CONTEXT, OB3_CONTEXT],
  id: urls(base).issuer,
  type: ['Profile'],
  name: ISSUER_NAME,
  url: base,
  description: 'Programme de mentorat entre personnes réfugiées et salariés volontaires.',
});

export const achievementDocument = (base: string, a: Achievement) => ({
  id: urls(base).achievement(a.id),
  type: ['Achievement'],
  achievementType: 'Badge',
  name: a.name,
  description: a.description,
  criteria: { narrative: a.criteria },
  creator: { id: urls(base).issuer, type: ['Profile'], name: ISSUER_NAME },
});

/** The OB 3.0 credential of a badge; the recipient appears as their choice: hashed identifier only, or also their name. */
export function openBadgeCredential(base: string, b: Badge) {
  const a = achievementOf(b.achievementId);
  if (!a) throw new Error(`unknown achievement ${b.achievementId}`);
  const u = urls(base);
  return {
    '@context': [VC_CONTEXT, OB3_CONTEXT],
    id: u.credential(b._id),
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: a.name,
    issuer: { id: u.issuer, type: ['Profile'], name: ISSUER_NAME },
    validFrom: b.awardedAt.toISOString(),
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [
        { type: 'IdentityObject', identityType: 'systemId', hashed: true, identityHash: hashedIdentity(b), salt: b.salt },
        ...(b.display.kind === 'name'
          ? [{ type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: b.display.name }]
          : []),
      ],
      achievement: achievementDocument(base, a),
    },
    credentialStatus: {
      id: `${u.statusList}#${b.statusListIndex}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(b.statusListIndex),
      statusListCredential: u.statusList,
    },
    credentialSchema: [{ id: OB3_SCHEMA, type: '1EdTechJsonSchemaValidator2019' }],
  };
}

/** The revocation list as a `BitstringStatusListCredential`. */
export function statusListCredential(base: string, revoked: number[], at: Date) {
  const u = urls(base);
  return {
    '@context': [VC_CONTEXT],
    id: u.statusList,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: u.issuer,
    validFrom: at.toISOString(),
    credentialSubject: {
      id: `${u.statusList}#list`,
      type: 'BitstringStatusList',
      statusPurpose: 'revocation',
      encodedList: encodeStatusList(revoked),
    },
  };
}

/** Signs a credential as a VC-JWT. */
export async function signCredential(
  credential: { id: string; issuer: string | { id: string } },
  key: JWK & { kid?: string },
  subject?: string,
) {
  const issuer = typeof credential.issuer === 'string' ? credential.issuer : credential.issuer.id;
  const jwt = new SignJWT(credential as unknown as Record<string, unknown>)
    .setProtectedHeader({ alg: 'ES256', typ: 'vc+jwt', kid: key.kid })
    .setIssuer(issuer)
    .setJti(credential.id)
    .setIssuedAt();
  if (subject) jwt.setSubject(subject);
  return jwt.sign(await importJWK(key, 'ES256'));
}

/** Open Badges 2.0 documents (hosted verification), which Moodle and Badgr import. */
export const ob2 = {
  issuer: (base: string) => ({
    '@context': 'https://w3id.org/openbadges/v2',
    type: 'Issuer',
    id: urls(base).ob2Issuer,
    name: ISSUER_NAME,
    url: base,
  }),
  badgeClass: (base: string, a: Achievement) => ({
    '@context': 'https://w3id.org/openbadges/v2',
    type: 'BadgeClass',
    id: urls(base).ob2BadgeClass(a.id),
    name: a.name,
    description: a.description,
    criteria: { narrative: a.criteria },
    issuer: urls(base).ob2Issuer,
    // One generic image (a data URI, as OB 2.0 allows) until the programme has artwork per badge.
    image: BADGE_IMAGE,
  }),
  assertion: (base: string, b: Badge) => ({
    '@context': 'https://w3id.org/openbadges/v2',
    type: 'Assertion',
    id: urls(base).ob2Assertion(b._id),
    // The recipient's pseudonymous URN, hashed with the badge's salt (no email is held here).
    recipient: { type: 'url', hashed: true, salt: b.salt, identity: hashedIdentity(b) },
    badge: urls(base).ob2BadgeClass(b.achievementId),
    issuedOn: b.awardedAt.toISOString(),
    verification: { type: 'HostedBadge' },
    ...(b.revoked ? { revoked: true, revocationReason: b.revoked.reason } : {}),
  }),
};
