import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import express, { type Router } from 'express';
import type { Logger } from '@binome/logging';
import { openApiDocument, openApiRoute, reply, route, type RouteRecord } from '@binome/http-server';
import { mergeOpenApi, type OpenApiDoc } from './openapi-merge';

const DOCS_DIR = join(__dirname, 'docs');
const DOCS_HTML = readFileSync(join(DOCS_DIR, 'docs.html'), 'utf8');
/** swagger-ui-dist's files, from node_modules (the exact version is pinned in package.json). */
const SWAGGER_UI_DIR = dirname(require.resolve('swagger-ui-dist/package.json'));

const INFO = {
  title: 'Binôme — API publique / public API',
  version: '1.0.0',
  description:
    'Une seule origine pour la console, la page de candidature et les partenaires : la passerelle authentifie (Keycloak, un realm par territoire, `national`, `partners`), limite le débit et route `/api/<service>/…` vers le service propriétaire. Erreurs : `application/problem+json` (RFC 9457). Généré à partir des schémas zod qui valident les requêtes.\n\n' +
    'One origin for the console, the public application page and partners: the gateway authenticates (Keycloak, one realm per territory, `national`, `partners`), rate-limits and routes `/api/<service>/…` to the owning service. Errors are `application/problem+json` (RFC 9457). Generated from the zod schemas that validate the requests.',
};
const TAGS = [
  {
    name: 'recrutement',
    description:
      'Candidatures, candidats, promotions, partenaires, salariés volontaires / applications, candidates, promotions, partners, volunteers (service recruitment)',
  },
  {
    name: 'appariement',
    description:
      'Binômes : propositions, explications, décisions, cycle de vie / pairs: proposals, explanations, decisions, lifecycle (service matching)',
  },
  {
    name: 'rencontres',
    description:
      'Rencontres des binômes, santé du rythme, temps des bénévoles / pair meetings, cadence health, volunteer time ledger (service scheduling)',
  },
  { name: 'impact', description: 'Indicateurs / indicators (service impact)' },
  {
    name: 'partenaires',
    description: "Webhooks et flux d'orientations des associations partenaires / partner NGOs' webhooks and referral feed (gateway)",
  },
  { name: 'documentation', description: 'Ce document / this document' },
];

/** The webhook the gateway sends partners (documented once, at the edge that sends it). */
const REFERRAL_WEBHOOK = {
  referral: {
    post: {
      operationId: 'referralWebhook',
      tags: ['partenaires'],
      summary: 'Orientation livrée au point de réception du partenaire',
      'x-summary-en': "Referral delivered to the partner's endpoint",
      description:
        'En-têtes / headers : `X-Binome-Timestamp: <t>`, `X-Binome-Signature: t=<t>,v1=<hex HMAC-SHA256(secret, "<t>.<corps brut / raw body>")>`, `X-Binome-Event-Id`, `X-Binome-Event-Type`, `X-Binome-Delivery-Id`. Répondre 2xx ; sinon nouvel essai avec attente exponentielle / answer 2xx; otherwise retried with exponential back-off. Dédupliquer sur / deduplicate on `X-Binome-Event-Id`.',
      requestBody: {
        content: {
          'application/json': {
            schema: {
              type: 'object',
              properties: { eventId: { type: 'string' }, type: { type: 'string' }, referralId: { type: 'string' } },
            },
          },
        },
      },
      responses: { '200': { description: 'Reçu / received' } },
    },
  },
};

export interface OpenApiRoutesOptions {
  /** The owning service of each `/api/<service>` prefix. */
  upstreams: ReadonlyMap<string, URL>;
  /** The gateway's own routes, each with the path it is mounted under. */
  own: () => { prefix: string; routes: readonly RouteRecord[] }[];
  logger: Logger;
  /** How long a service's document is reused (default 30 s). */
  cacheMs?: number;
  fetchTimeoutMs?: number;
}

/**
 * `GET /api/openapi.json`: the gateway's own operations and every service's document, fetched from
 * the service itself (`GET /openapi.json`, generated from its zod schemas) at request time and kept
 * a few seconds; a service that does not answer is left out and named in `x-unavailable-services`,
 * its last good document reused if there is one. `GET /api/docs`: Swagger UI from swagger-ui-dist
 * in node_modules (no CDN: the CSP allows only 'self'), started by a script file.
 */
export function openApiRoutes(api: Router, options: OpenApiRoutesOptions): void {
  const cacheMs = options.cacheMs ?? 30_000;
  const cache = new Map<string, { doc: OpenApiDoc; at: number }>();

  async function serviceDoc(name: string, base: URL): Promise<OpenApiDoc | undefined> {
    const cached = cache.get(name);
    if (cached && Date.now() - cached.at < cacheMs) return cached.doc;
    try {
      const res = await fetch(new URL('/openapi.json', base), { signal: AbortSignal.timeout(options.fetchTimeoutMs ?? 2_000) });
      const doc = (await res.json()) as OpenApiDoc;
      if (!res.ok || typeof doc?.openapi !== 'string' || typeof doc.paths !== 'object')
        throw new Error(`status ${res.status}, not an OpenAPI document`);
      cache.set(name, { doc, at: Date.now() });
      return doc;
    } catch (e) {
      options.logger.warn({ service: name, error: (e as Error).message }, 'service OpenAPI document unavailable');
      return cached?.doc;
    }
  }

  openApiRoute(api, async () => {
    const own = options.own().flatMap(({ prefix, routes }) => routes.map((r) => ({ ...r, path: `${prefix}${r.path}` })));
    const ownDoc = openApiDocument(own, { ...INFO, tags: TAGS }) as unknown as OpenApiDoc;
    ownDoc.servers = [{ url: '/', description: 'La passerelle / the gateway' }];
    ownDoc.webhooks = REFERRAL_WEBHOOK;
    const entries = await Promise.all([...options.upstreams].map(async ([name, base]) => [name, await serviceDoc(name, base)] as const));
    const services = Object.fromEntries(entries.filter((e): e is readonly [string, OpenApiDoc] => e[1] !== undefined));
    const merged = mergeOpenApi(ownDoc, services);
    const unavailable = entries.filter(([, doc]) => !doc).map(([name]) => name);
    if (unavailable.length) merged.info = { ...merged.info, 'x-unavailable-services': unavailable };
    return reply({ status: 200, body: merged, headers: { 'Cache-Control': 'public, max-age=30' } });
  });

  route(
    api,
    {
      method: 'get',
      path: '/docs',
      operationId: 'getDocs',
      summary: 'Documentation navigable (Swagger UI)',
      summaryEn: 'Browsable documentation (Swagger UI)',
      tags: ['documentation'],
      access: 'public',
      responses: { 200: { description: 'Page HTML / HTML page', contentType: 'text/html' } },
    },
    async () => reply({ status: 200, body: DOCS_HTML, contentType: 'text/html; charset=utf-8' }),
  );
  // The initializer, then swagger-ui-dist's own files (bundle, preset, CSS): static, no routes.
  api.use('/docs', express.static(DOCS_DIR, { index: false }), express.static(SWAGGER_UI_DIR, { index: false }));
}
