import { apiErrorOf, type Problem } from './problem';

export interface ApiClientOptions {
  /** Where `/api/<service>/…` is served: '' in the browser (the gateway is the console's origin). */
  baseUrl: string;
  /** A fresh access token (refreshed silently when close to expiry), or undefined when signed out. */
  token: () => Promise<string | undefined>;
  fetch?: typeof fetch;
}

export interface ApiResponse<T> {
  status: number;
  headers: Headers;
  body: T;
}

export type Query = Record<string, string | number | boolean | readonly (string | number)[] | undefined | null>;

export function queryString(query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) for (const v of value) params.append(key, String(v));
    else params.append(key, String(value));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** One HTTP client for every service behind the gateway: bearer token, JSON, problem+json → ApiError. */
export class ApiClient {
  private readonly fetch: typeof fetch;
  constructor(private readonly options: ApiClientOptions) {
    this.fetch = options.fetch ?? ((...args) => globalThis.fetch(...args));
  }

  url(service: string, path: string, query?: Query): string {
    return `${this.options.baseUrl}/api/${service}${path}${queryString(query)}`;
  }

  /** A binary answer (PDF), with the same bearer and the same problem+json errors. */
  async blob(service: string, path: string): Promise<Blob> {
    const headers = new Headers({ accept: '*/*' });
    const token = await this.options.token();
    if (token) headers.set('authorization', `Bearer ${token}`);
    const res = await this.fetch(this.url(service, path), { headers });
    if (!res.ok) {
      const problem = (await res.json().catch(() => undefined)) as Problem | undefined;
      throw apiErrorOf(res.status, problem, res.statusText || `HTTP ${res.status}`);
    }
    return res.blob();
  }

  async request<T = unknown>(
    service: string,
    method: string,
    path: string,
    init: { query?: Query; json?: unknown; text?: string; contentType?: string; accept?: string } = {},
  ): Promise<ApiResponse<T>> {
    const headers = new Headers({ accept: init.accept ?? 'application/json' });
    const token = await this.options.token();
    if (token) headers.set('authorization', `Bearer ${token}`);
    let body: string | undefined;
    if (init.json !== undefined) {
      headers.set('content-type', 'application/json');
      body = JSON.stringify(init.json);
    } else if (init.text !== undefined) {
      headers.set('content-type', init.contentType ?? 'text/plain');
      body = init.text;
    }
    const res = await this.fetch(this.url(service, path, init.query), { method, headers, body });
    const type = res.headers.get('content-type') ?? '';
    const raw = await res.text();
    const parsed: unknown = raw && type.includes('json') ? JSON.parse(raw) : raw;
    if (!res.ok) {
      const problem = typeof parsed === 'object' && parsed !== null ? (parsed as Problem) : undefined;
      throw apiErrorOf(res.status, problem, res.statusText || `HTTP ${res.status}`);
    }
    return { status: res.status, headers: res.headers, body: parsed as T };
  }
}
