// Generates the Keycloak realm exports in deploy/keycloak/ (imported by Keycloak at start).
// One realm per territory, `national` for HQ, `partners` for partner NGOs and company HR.
// Passwords here are development defaults for the local stack and tests only; production realms
// are provisioned without users. Run: node tools/keycloak/generate-realms.mjs
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const out = join(dirname(fileURLToPath(import.meta.url)), '../../deploy/keycloak');
mkdirSync(out, { recursive: true });

export const TERRITORIES = ['paris', 'rennes', 'tours'];
const ROLES = [
  ['hq-admin', 'National HQ: every territory, read and write'],
  ['territory-manager', 'Territory project manager: own territory'],
  ['konnecteur', 'Volunteer referent following 2-3 pairs'],
  ['koach', 'Workshop facilitator'],
  ['volunteer', 'Employee of a partner company'],
  ['beneficiary', 'Refugee in the programme'],
  ['company-hr', "Partner company HR: own company's engagement"],
  ['partner-ngo', 'Partner organisation: own referrals'],
  ['service', 'Binôme service account (service-to-service calls)'],
];

const audienceMapper = {
  name: 'binome-api-audience',
  protocol: 'openid-connect',
  protocolMapper: 'oidc-audience-mapper',
  config: { 'included.custom.audience': 'binome-api', 'access.token.claim': 'true', 'id.token.claim': 'false' },
};
const groupsMapper = {
  name: 'groups',
  protocol: 'openid-connect',
  protocolMapper: 'oidc-group-membership-mapper',
  config: {
    'claim.name': 'groups',
    'full.path': 'true',
    'access.token.claim': 'true',
    'id.token.claim': 'true',
    'userinfo.token.claim': 'true',
  },
};

function user(username, realm, roles, groups = []) {
  return {
    username,
    enabled: true,
    email: `${username}@${realm}.binome.test`,
    emailVerified: true,
    firstName: username,
    lastName: realm,
    credentials: [{ type: 'password', value: `${username}-dev`, temporary: false }],
    realmRoles: roles,
    groups,
  };
}

function realm(name, displayName, users, extra = {}) {
  return {
    realm: name,
    displayName,
    enabled: true,
    sslRequired: 'none',
    accessTokenLifespan: 900,
    registrationAllowed: false,
    // Off in these development realms only: the test suite signs the same users in from several
    // processes at once, and Keycloak's detector then locks them out ("user_temporarily_disabled")
    // without any wrong password. Production realms are provisioned with it on.
    bruteForceProtected: false,
    internationalizationEnabled: true,
    // The application page's languages that Keycloak 26.5's login theme has (no Pashto, no Tigrinya).
    supportedLocales: ['fr', 'en', 'ar', 'fa', 'uk', 'ru'],
    defaultLocale: 'fr',
    roles: { realm: ROLES.map(([n, description]) => ({ name: n, description })) },
    clients: [
      {
        clientId: 'binome-console',
        name: 'Binôme console',
        publicClient: true,
        standardFlowEnabled: true,
        // Password grant is for the local stack and the integration tests only.
        directAccessGrantsEnabled: true,
        redirectUris: ['http://127.0.0.1:*', 'http://localhost:*'],
        webOrigins: ['+'],
        attributes: { 'pkce.code.challenge.method': 'S256', 'post.logout.redirect.uris': '+' },
        protocolMappers: [audienceMapper, groupsMapper],
      },
      {
        // The console in the browser: authorization code + PKCE only (no password grant, no
        // secret), redirected back to the gateway's /console/. The loopback wildcard lets tests
        // serve the console from a free port; production realms list the real origin only.
        clientId: 'console',
        name: 'Binôme console (browser)',
        publicClient: true,
        standardFlowEnabled: true,
        implicitFlowEnabled: false,
        directAccessGrantsEnabled: false,
        redirectUris: ['http://127.0.0.1:8080/console/*', 'http://localhost:8080/console/*', 'http://127.0.0.1:*'],
        webOrigins: ['http://127.0.0.1:8080', 'http://localhost:8080', '*'],
        attributes: {
          'pkce.code.challenge.method': 'S256',
          'post.logout.redirect.uris': 'http://127.0.0.1:8080/console/*##http://localhost:8080/console/*##http://127.0.0.1:*',
        },
        protocolMappers: [audienceMapper, groupsMapper],
      },
      {
        clientId: 'binome-api',
        name: 'Binôme API (audience)',
        bearerOnly: true,
        publicClient: false,
      },
      {
        clientId: 'binome-services',
        name: 'Binôme service account',
        publicClient: false,
        secret: 'binome-services-dev-secret',
        serviceAccountsEnabled: true,
        standardFlowEnabled: false,
        directAccessGrantsEnabled: false,
        protocolMappers: [audienceMapper],
      },
    ],
    users: [
      ...users,
      {
        username: 'service-account-binome-services',
        enabled: true,
        serviceAccountClientId: 'binome-services',
        realmRoles: ['service'],
      },
    ],
    ...extra,
  };
}

const title = (s) => s[0].toUpperCase() + s.slice(1);

// Base URL as Keycloak publishes it (tools/infra/infra.sh pins --hostname to it).
const KEYCLOAK_URL = 'http://127.0.0.1:18080';

function companyIdp(alias, name) {
  const base = `${KEYCLOAK_URL}/realms/${alias}-idp/protocol/openid-connect`;
  return {
    alias,
    displayName: `${name} (SSO)`,
    providerId: 'oidc',
    enabled: true,
    trustEmail: true,
    storeToken: false,
    firstBrokerLoginFlowAlias: 'first broker login',
    config: {
      issuer: `${KEYCLOAK_URL}/realms/${alias}-idp`,
      authorizationUrl: `${base}/auth`,
      tokenUrl: `${base}/token`,
      userInfoUrl: `${base}/userinfo`,
      jwksUrl: `${base}/certs`,
      useJwksUrl: 'true',
      validateSignature: 'true',
      clientId: 'binome-partners-broker',
      clientSecret: `${alias}-broker-dev-secret`,
      clientAuthMethod: 'client_secret_post',
      defaultScope: 'openid profile email',
      syncMode: 'FORCE',
    },
  };
}

function companyIdpMappers(alias) {
  return [
    {
      name: 'company-hr role',
      identityProviderAlias: alias,
      identityProviderMapper: 'oidc-hardcoded-role-idp-mapper',
      config: { role: 'company-hr', syncMode: 'INHERIT' },
    },
    {
      name: `${alias} company group`,
      identityProviderAlias: alias,
      identityProviderMapper: 'oidc-hardcoded-group-idp-mapper',
      config: { group: `/company/${alias}`, syncMode: 'INHERIT' },
    },
  ];
}
const realms = [
  ...TERRITORIES.map((t) =>
    realm(t, `Binôme ${title(t)}`, [
      user('manager', t, ['territory-manager']),
      user('konnecteur', t, ['konnecteur']),
      user('koach', t, ['koach']),
      user('volunteer', t, ['volunteer']),
      user('beneficiary', t, ['beneficiary']),
      // A Konnecteur who is also an enrolled volunteer: one account, the union of both reaches.
      user('konnecteur-volunteer', t, ['konnecteur', 'volunteer']),
    ]),
  ),
  realm('national', 'Binôme — siège national', [user('hq', 'national', ['hq-admin'])]),
  realm(
    'partners',
    'Binôme — partenaires',
    [user('ngo-cirefe', 'partners', ['partner-ngo'], ['/ngo/cirefe']), user('hr-sncf', 'partners', ['company-hr'], ['/company/sncf'])],
    {
      groups: [
        { name: 'ngo', subGroups: [{ name: 'cirefe' }, { name: 'france-travail' }] },
        { name: 'company', subGroups: [{ name: 'sncf' }, { name: 'societe-generale' }] },
      ],
      // Company HR arrive through identity brokering from their corporate IdP; each broker maps
      // its users to the company-hr role and to their company's group, and to nothing else.
      identityProviders: [companyIdp('sncf', 'SNCF')],
      identityProviderMappers: companyIdpMappers('sncf'),
    },
  ),
  // Stands in for SNCF's corporate identity provider (OIDC) in development and tests. It is not a
  // Binôme realm: services never accept its tokens (it is not in their allow-list).
  {
    realm: 'sncf-idp',
    displayName: 'SNCF — annuaire d’entreprise (simulation)',
    enabled: true,
    sslRequired: 'none',
    clients: [
      {
        clientId: 'binome-partners-broker',
        name: 'Binôme partners (identity brokering)',
        publicClient: false,
        secret: 'sncf-broker-dev-secret',
        standardFlowEnabled: true,
        directAccessGrantsEnabled: false,
        redirectUris: [`${KEYCLOAK_URL}/realms/partners/broker/sncf/endpoint*`],
      },
    ],
    users: [
      {
        username: 'claire.martin',
        enabled: true,
        email: 'claire.martin@sncf.example',
        emailVerified: true,
        firstName: 'Claire',
        lastName: 'Martin',
        credentials: [{ type: 'password', value: 'claire.martin-dev', temporary: false }],
      },
    ],
  },
];

for (const r of realms) {
  writeFileSync(join(out, `${r.realm}-realm.json`), JSON.stringify(r, null, 2) + '\n');
}
console.log(`wrote ${realms.length} realms to ${out}`);
