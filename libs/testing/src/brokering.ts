// The browser side of identity brokering, for integration tests: the real authorisation-code flow
// (with PKCE) through a Binôme realm's broker to a corporate IdP realm and back.
import { createHash, randomBytes } from 'node:crypto';
import { KEYCLOAK_URL } from './keycloak';

/**
 * A minimal browser: follows Keycloak's redirects by hand, keeps cookies by path, and submits the
 * login form, so the whole authorisation-code flow with identity brokering runs for real.
 */
export class Browser {
  private readonly cookies = new Map<string, { path: string; name: string; value: string }>();

  async get(url: string): Promise<Response> {
    return this.request(url, { method: 'GET' });
  }

  async postForm(url: string, form: Record<string, string>): Promise<Response> {
    return this.request(url, {
      method: 'POST',
      body: new URLSearchParams(form),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
  }

  /** Follows redirects until a page is shown or `stopAt` is reached; returns the last response and URL. */
  async follow(res: Response, url: string, stopAt: string): Promise<{ res: Response; url: string }> {
    let current = res;
    let at = url;
    for (let i = 0; i < 15 && current.status >= 300 && current.status < 400; i++) {
      at = new URL(current.headers.get('location') ?? '', at).toString();
      if (at.startsWith(stopAt)) return { res: current, url: at };
      current = await this.get(at);
    }
    return { res: current, url: at };
  }

  private async request(url: string, init: RequestInit): Promise<Response> {
    const path = new URL(url).pathname;
    const cookie = [...this.cookies.values()]
      .filter((c) => path.startsWith(c.path))
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
    const res = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), ...(cookie ? { cookie } : {}) },
    });
    for (const set of res.headers.getSetCookie()) {
      const [pair, ...attrs] = set.split(';').map((s) => s.trim());
      const [name, ...rest] = pair.split('=');
      const cpath = attrs.find((a) => a.toLowerCase().startsWith('path='))?.slice(5) ?? '/';
      this.cookies.set(`${cpath}|${name}`, { path: cpath, name, value: rest.join('=') });
    }
    return res;
  }
}

export const formAction = (html: string) => /<form[^>]*action="([^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&');

export interface BrokeredSignIn {
  /** The Binôme realm the user signs in to (e.g. `partners`). */
  realm: string;
  /** The identity provider alias in that realm (e.g. `sncf`). */
  idp: string;
  /** The user and password at the corporate IdP (development users only). */
  username: string;
  password: string;
  clientId?: string;
  redirectUri?: string;
}

/**
 * Signs a user in through identity brokering exactly as a browser would: Binôme realm → corporate
 * IdP login form → back to the Binôme realm → authorisation code → tokens. Returns the Binôme
 * realm's access token and the URL the IdP login page was served from.
 */
export async function brokeredSignIn(s: BrokeredSignIn): Promise<{ accessToken: string; idpLoginUrl: string }> {
  const browser = new Browser();
  const clientId = s.clientId ?? 'binome-console';
  const redirectUri = s.redirectUri ?? 'http://127.0.0.1:5173/auth/callback';
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const authorize = `${KEYCLOAK_URL}/realms/${s.realm}/protocol/openid-connect/auth?${new URLSearchParams({
    client_id: clientId,
    response_type: 'code',
    scope: 'openid',
    redirect_uri: redirectUri,
    state: randomBytes(8).toString('hex'),
    code_challenge: challenge,
    code_challenge_method: 'S256',
    kc_idp_hint: s.idp,
  })}`;
  const toIdp = await browser.follow(await browser.get(authorize), authorize, redirectUri);
  const action = formAction(await toIdp.res.text());
  if (!action) throw new Error(`No login form at ${new URL(toIdp.url).pathname}`);
  const login = await browser.postForm(action, { username: s.username, password: s.password });
  const back = await browser.follow(login, action, redirectUri);
  const code = back.url.startsWith(redirectUri) ? new URL(back.url).searchParams.get('code') : null;
  if (!code) throw new Error(`The brokered sign-in did not come back with a code (stopped at ${new URL(back.url).pathname})`);
  const tokenRes = await fetch(`${KEYCLOAK_URL}/realms/${s.realm}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: clientId,
      code,
      redirect_uri: redirectUri,
      code_verifier: verifier,
    }),
  });
  if (!tokenRes.ok) throw new Error(`Keycloak refused the code: ${tokenRes.status}`);
  const { access_token } = (await tokenRes.json()) as { access_token: string };
  return { accessToken: access_token, idpLoginUrl: toIdp.url };
}

/** The SNCF HR user of the development IdP realm `sncf-idp`, brokered into `partners`. */
export const brokeredCompanyHrToken = async (): Promise<string> =>
  (await brokeredSignIn({ realm: 'partners', idp: 'sncf', username: 'claire.martin', password: 'claire.martin-dev' })).accessToken;
