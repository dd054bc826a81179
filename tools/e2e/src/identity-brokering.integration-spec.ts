import { createHash, randomBytes } from 'node:crypto';
import { createTokenVerifier } from '@binome/auth';
import { KEYCLOAK_URL } from '@binome/testing';

/**
 * A minimal browser: follows Keycloak's redirects by hand, keeps cookies by path, and submits the
 * login form, so the whole authorisation-code flow with identity brokering runs for real.
 */
class Browser {
  private readonly cookies = new Map<string, { path: string; name: string; value: string }>();

  async get(url: string): Promise<Response> {
    return this.request(url, { method: 'GET' });
  }

  async postForm(url: string, form: Record<string, string>): Promise<Response> {
    return this.request(url, { method: 'POST', body: new URLSearchParams(form), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
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
    const res = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), ...(cookie ? { cookie } : {}) } });
    for (const set of res.headers.getSetCookie()) {
      const [pair, ...attrs] = set.split(';').map((s) => s.trim());
      const [name, ...rest] = pair.split('=');
      const cpath = attrs.find((a) => a.toLowerCase().startsWith('path='))?.slice(5) ?? '/';
      this.cookies.set(`${cpath}|${name}`, { path: cpath, name, value: rest.join('=') });
    }
    return res;
  }
}

const formAction = (html: string) => /<form[^>]*action="([^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&');

describe('company HR single sign-on through identity brokering (real Keycloak)', () => {
  it('When an SNCF employee signs in with the SNCF IdP, then they land in partners as company-hr for SNCF only', async () => {
    const browser = new Browser();
    const redirectUri = 'http://127.0.0.1:5173/auth/callback';
    const verifier = randomBytes(32).toString('base64url');
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    const authorize = `${KEYCLOAK_URL}/realms/partners/protocol/openid-connect/auth?${new URLSearchParams({
      client_id: 'binome-console',
      response_type: 'code',
      scope: 'openid',
      redirect_uri: redirectUri,
      state: randomBytes(8).toString('hex'),
      code_challenge: challenge,
      code_challenge_method: 'S256',
      kc_idp_hint: 'sncf',
    })}`;

    // Partners realm → SNCF's IdP login page.
    const toIdp = await browser.follow(await browser.get(authorize), authorize, redirectUri);
    expect(toIdp.url).toContain('/realms/sncf-idp/');
    const action = formAction(await toIdp.res.text());
    expect(action).toBeDefined();

    // Sign in at the corporate IdP → back to the partners realm → code for the console.
    const login = await browser.postForm(action as string, { username: 'claire.martin', password: 'claire.martin-dev' });
    const back = await browser.follow(login, action as string, redirectUri);
    expect(back.url.startsWith(redirectUri)).toBe(true);
    const code = new URL(back.url).searchParams.get('code');
    expect(code).toBeTruthy();

    const tokenRes = await fetch(`${KEYCLOAK_URL}/realms/partners/protocol/openid-connect/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', client_id: 'binome-console', code: code as string, redirect_uri: redirectUri, code_verifier: verifier }),
    });
    expect(tokenRes.status).toBe(200);
    const { access_token } = (await tokenRes.json()) as { access_token: string };

    const principal = await createTokenVerifier({
      keycloakUrl: KEYCLOAK_URL,
      realms: ['paris', 'rennes', 'tours', 'national', 'partners'],
      audience: 'binome-api',
      territories: ['paris', 'rennes', 'tours'],
    }).verify(access_token);
    expect(principal.realm).toBe('partners');
    expect(principal.roles).toEqual(['company-hr']);
    expect(principal.companyId).toBe('sncf');
    expect(principal.partnerId).toBeUndefined();
    expect(principal.scope).toEqual({ kind: 'some', territories: [] });
  });
});
