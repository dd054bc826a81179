import { AppError } from '@binome/errors';

export interface ServiceAccount {
  keycloakUrl: string;
  realm: string;
  clientId: string;
  clientSecret: string;
}

/**
 * Tokens for calls between services (client credentials grant), cached until shortly before they
 * expire. Used when a service acts on its own behalf (a consumer, a scheduled job); a request made
 * on behalf of a person forwards that person's token instead.
 */
export class ServiceTokenProvider {
  private cached: { token: string; expiresAt: number } | undefined;
  private pending: Promise<string> | undefined;

  constructor(private readonly account: ServiceAccount) {}

  async token(): Promise<string> {
    if (this.cached && this.cached.expiresAt > Date.now() + 30_000) return this.cached.token;
    this.pending ??= this.fetchToken().finally(() => (this.pending = undefined));
    return this.pending;
  }

  private async fetchToken(): Promise<string> {
    const { keycloakUrl, realm, clientId, clientSecret } = this.account;
    const res = await fetch(`${keycloakUrl}/realms/${realm}/protocol/openid-connect/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }),
      signal: AbortSignal.timeout(5_000),
    }).catch((e: Error) => {
      throw new AppError('unavailable', `Identity provider unreachable (${e.name})`);
    });
    if (!res.ok) throw new AppError('unavailable', `Identity provider refused the service account (${res.status})`);
    const body = (await res.json()) as { access_token: string; expires_in: number };
    this.cached = { token: body.access_token, expiresAt: Date.now() + body.expires_in * 1000 };
    return body.access_token;
  }
}
