import Keycloak, { type KeycloakTokenParsed } from 'keycloak-js';
import { keycloakAuthProvider } from 'ra-keycloak';
import { PreviousLocationStorageKey, type AuthProvider } from 'ra-core';
import type { AccessTokenClaims } from '@binome/auth/browser';
import { consolePermissionsOf } from './access';
import type { ConsoleConfig } from '../console-config';

const ACTIVE_REALM = 'binome.console.realm';
const LAST_REALM = 'binome.console.lastRealm';

/** The realm the person signed in with (kept across reloads, dropped at sign-out). */
export const activeRealm = () => localStorage.getItem(ACTIVE_REALM);
export const lastRealm = () => localStorage.getItem(LAST_REALM);

export interface RealmSession {
  authProvider: AuthProvider;
  /** A fresh access token for the data provider (refreshed when it expires in under 30 s). */
  token(): Promise<string | undefined>;
}

/**
 * Sign-in with Keycloak, one realm per territory plus `national` and `partners`: the person
 * picks their realm on the login page, then ra-keycloak drives keycloak-js (authorization code
 * with PKCE S256, the public `console` client). Tokens live in memory only: after a reload the
 * login page signs in again through Keycloak's session (no form when it is still open), and the
 * access token is refreshed silently with the refresh token before each call.
 */
export function realmSession(config: ConsoleConfig): RealmSession {
  let current: { realm: string; keycloak: Keycloak; provider: AuthProvider } | undefined;

  const forRealm = (realm: string) => {
    if (current?.realm === realm) return current;
    const keycloak = new Keycloak({ url: config.keycloakUrl, realm, clientId: config.clientId });
    keycloak.onTokenExpired = () => void keycloak.updateToken(30).catch(() => undefined);
    const provider = keycloakAuthProvider(keycloak, {
      // No onLoad: init only reads a code Keycloak sent back; sending the person to Keycloak is
      // login()'s job, so a refused prompt=none can never loop.
      initOptions: { pkceMethod: 'S256', checkLoginIframe: false, responseMode: 'query' },
      onPermissions: (decoded: KeycloakTokenParsed) => consolePermissionsOf(realm, decoded as AccessTokenClaims, config.territories),
      loginRedirectUri: `${config.basePath}/auth-callback`,
      logoutRedirectUri: `${config.basePath}/login`,
    });
    current = { realm, keycloak, provider };
    return current;
  };

  const session = () => {
    const realm = activeRealm();
    return realm && config.realms.some((r) => r.id === realm) ? forRealm(realm) : undefined;
  };
  const signedOut = () => Promise.reject({ redirectTo: '/login', message: false });

  const authProvider: AuthProvider = {
    async login(params: { realm?: string } = {}) {
      const realm = params.realm ?? activeRealm() ?? undefined;
      if (!realm || !config.realms.some((r) => r.id === realm)) throw new Error('binome.login.choose_realm');
      localStorage.setItem(ACTIVE_REALM, realm);
      localStorage.setItem(LAST_REALM, realm);
      return forRealm(realm).provider.login(params);
    },
    async logout(params) {
      const s = session();
      // react-admin also calls logout when checkAuth fails, as after a reload (tokens are in
      // memory only): the realm is kept then, so the login page signs in again at once. Only a
      // signed-in person signs out, through Keycloak's end-session endpoint, which closes the
      // realm's SSO session (every tab and client).
      if (!s?.keycloak.authenticated) return undefined;
      localStorage.removeItem(ACTIVE_REALM);
      return s.provider.logout(params);
    },
    async checkAuth(params) {
      const s = session();
      if (!s) return signedOut();
      try {
        return await s.provider.checkAuth(params);
      } catch (e) {
        // ra-keycloak remembers the page as the browser's path; react-admin navigates inside the
        // router's basename, so the basename comes off (else /console/console/…).
        const previous = localStorage.getItem(PreviousLocationStorageKey);
        if (previous?.startsWith(`${config.basePath}/`))
          localStorage.setItem(PreviousLocationStorageKey, previous.slice(config.basePath.length));
        throw e;
      }
    },
    checkError: async (error: { status?: number }) => {
      if (error?.status === 401) {
        const s = session();
        if (
          !s ||
          !(await s.keycloak.updateToken(-1).then(
            () => true,
            () => false,
          ))
        )
          throw new Error('Session expired');
      }
    },
    getPermissions: (params) => session()?.provider.getPermissions?.(params) ?? Promise.resolve(undefined),
    async getIdentity() {
      const s = session();
      if (!s?.provider.getIdentity) throw new Error('Not signed in');
      const identity = await s.provider.getIdentity();
      const realm = config.realms.find((r) => r.id === s.realm);
      return { ...identity, fullName: `${identity.fullName ?? ''} · ${realm?.label ?? s.realm}` };
    },
    handleCallback: (params) => session()?.provider.handleCallback?.(params) ?? signedOut(),
  };

  return {
    authProvider,
    async token() {
      const s = session();
      if (!s?.keycloak.authenticated) return undefined;
      await s.keycloak.updateToken(30).catch(() => undefined);
      return s.keycloak.token;
    },
  };
}
