import { randomUUID } from 'node:crypto';
import express, { Router } from 'express';
import { z } from 'zod';
import { authorize, type Principal } from '@binome/auth';
import { conflict, forbidden, notFound, validationFailed } from '@binome/errors';
import { apiSchema, idsFilter, listQuery, pagingOf, reply, route } from '@binome/http-server';
import { checkTarget } from './target-guard';
import { DELIVERY_STATUSES, type FeedItem, type WebhookDelivery, type WebhookEndpoint, type WebhookStore } from './webhook.store';

const MAX_ENDPOINTS_PER_PARTNER = 5;

const RegisterBody = z
  .object({
    url: z.string().url().max(2000),
    secret: z.string().min(32, 'at least 32 characters').max(256),
    description: z.string().trim().max(200).optional(),
  })
  .strict();
const IdParams = z.object({ id: z.string().uuid() });
/** Event ids and `<eventId>:<endpointId>` delivery ids. */
const RecordId = z
  .string()
  .max(200)
  .regex(/^[\w.:-]+$/, 'expected an id');
// Lists on the shared list helper: page/perPage or _start/_end, sort, getMany (`id=…`); no natural text, no `q`.
const EndpointsQuery = listQuery(['createdAt', 'url'], z.string().uuid(), {
  active: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
const DeliveriesQuery = listQuery(['createdAt', 'status', 'attempts'], RecordId, { status: z.enum(DELIVERY_STATUSES).optional() });
const FeedQuery = listQuery(['receivedAt'], RecordId, {});

const date = z.string().datetime();
/** What the partner sees of its endpoints and deliveries (the secret never leaves); the integration spec checks responses against these. */
export const WebhookEndpointView = apiSchema(
  'WebhookEndpoint',
  z
    .object({
      id: z.string().uuid(),
      partnerId: z.string(),
      url: z.string().url(),
      description: z.string().optional(),
      active: z.boolean(),
      createdAt: date,
    })
    .strict(),
);
export const DeliveryView = apiSchema(
  'Delivery',
  z
    .object({
      id: z.string(),
      eventId: z.string(),
      eventType: z.string(),
      endpointId: z.string().uuid(),
      referralId: z.string(),
      status: z.enum(DELIVERY_STATUSES),
      attempts: z.number().int(),
      nextAttemptAt: date.optional(),
      lastAttemptAt: date.optional(),
      lastStatusCode: z.number().int().optional(),
      lastError: z.string().optional(),
      deliveredAt: date.optional(),
      createdAt: date,
      log: z.array(
        z
          .object({ at: date, statusCode: z.number().int().optional(), error: z.string().optional(), durationMs: z.number().optional() })
          .strict(),
      ),
    })
    .strict(),
);

const publicEndpoint = (e: WebhookEndpoint) => ({
  id: e._id,
  partnerId: e.partnerId,
  url: e.url,
  description: e.description,
  active: e.active,
  createdAt: e.createdAt,
});
const publicDelivery = (d: WebhookDelivery) => ({
  id: d._id,
  eventId: d.eventId,
  eventType: d.eventType,
  endpointId: d.endpointId,
  referralId: d.referralId,
  status: d.status,
  attempts: d.attempts,
  nextAttemptAt: d.status === 'pending' ? d.nextAttemptAt : undefined,
  lastAttemptAt: d.lastAttemptAt,
  lastStatusCode: d.lastStatusCode,
  lastError: d.lastError || undefined,
  deliveredAt: d.deliveredAt,
  createdAt: d.createdAt,
  log: d.log,
});

/** The partner the caller speaks for: partner-ngo role and a partner id from the token's groups. */
function partnerOf(principal: Principal): string {
  const partnerId = principal.partnerId;
  if (!partnerId) throw forbidden('The token names no partner organisation');
  return partnerId;
}

/**
 * Partner NGOs' side of the referral feed, behind the gateway's authentication: register and
 * remove webhook endpoints, read the delivery log, pull the feed. Every query names the caller's
 * partner id, taken from the token, never from the request.
 */
export function webhookRoutes(store: WebhookStore, options: { allowInsecureTargets: boolean }): Router {
  const r = Router();
  // The referral feed is the partner's own referrals (matrix: referrals, `own-referrals`); managing
  // endpoints writes, reading deliveries and the feed reads. Staff reach referrals by territory,
  // not through a partner's feed, so no other reach is served here.
  const read = authorize('referrals', 'read', { serves: ['own-referrals'] });
  const write = authorize('referrals', 'write', { serves: ['own-referrals'] });
  const tags = ['partenaires'];
  // The edge streams bodies to the services; these routes are the gateway's own and read JSON.
  r.use(express.json({ limit: '16kb' }));

  route(
    r,
    {
      method: 'post',
      path: '/webhooks',
      operationId: 'registerWebhook',
      summary: 'Enregistrer un point de réception signé',
      summaryEn: 'Register a signed receiving endpoint',
      tags,
      access: write,
      request: { body: RegisterBody },
      responses: {
        201: { description: 'Le point de réception (sans le secret) / the endpoint (without its secret)', schema: WebhookEndpointView },
        409: { description: `Au plus ${MAX_ENDPOINTS_PER_PARTNER} actifs / at most ${MAX_ENDPOINTS_PER_PARTNER} active` },
      },
    },
    async ({ body }, { principal }) => {
      const partnerId = partnerOf(principal);
      const target = await checkTarget(body.url, options.allowInsecureTargets);
      if (!target.ok) throw validationFailed([{ field: 'body.url', message: target.reason }]);
      if ((await store.endpoints.countDocuments({ partnerId, active: true })) >= MAX_ENDPOINTS_PER_PARTNER) {
        throw conflict(`At most ${MAX_ENDPOINTS_PER_PARTNER} active endpoints per partner`);
      }
      const endpoint: WebhookEndpoint = {
        _id: randomUUID(),
        partnerId,
        url: body.url,
        secret: body.secret,
        ...(body.description ? { description: body.description } : {}),
        active: true,
        createdAt: new Date(),
        createdBy: principal.subject,
      };
      await store.endpoints.create(endpoint);
      return reply({ status: 201, body: publicEndpoint(endpoint), location: `/api/partners/webhooks/${endpoint._id}` });
    },
  );

  route(
    r,
    {
      method: 'get',
      path: '/webhooks',
      operationId: 'listWebhooks',
      summary: 'Lister ses points de réception',
      summaryEn: "List one's endpoints",
      tags,
      access: read,
      request: { query: EndpointsQuery },
      responses: { 200: { description: 'Les points de réception / the endpoints', schema: WebhookEndpointView } },
      list: true,
    },
    async ({ query: q }, { principal }) => {
      const filter = { partnerId: partnerOf(principal), ...(q.active !== undefined ? { active: q.active } : {}), ...idsFilter(q.id) };
      const paging = pagingOf(q, { createdAt: -1 });
      const [items, total] = await Promise.all([
        store.endpoints.find(filter).sort(paging.sort).skip(paging.skip).limit(paging.limit).lean<WebhookEndpoint[]>(),
        store.endpoints.countDocuments(filter),
      ]);
      return { items: items.map(publicEndpoint), total };
    },
  );

  route(
    r,
    {
      method: 'get',
      path: '/webhooks/deliveries',
      operationId: 'listDeliveries',
      summary: 'Journal des livraisons',
      summaryEn: 'Delivery log',
      tags,
      access: read,
      request: { query: DeliveriesQuery },
      responses: { 200: { description: 'Une page de livraisons / a page of deliveries', schema: DeliveryView } },
      list: true,
    },
    async ({ query: q }, { principal }) => {
      const filter = { partnerId: partnerOf(principal), ...(q.status ? { status: q.status } : {}), ...idsFilter(q.id) };
      const paging = pagingOf(q, { createdAt: -1 });
      const [items, total] = await Promise.all([
        store.deliveries.find(filter).sort(paging.sort).skip(paging.skip).limit(paging.limit).lean<WebhookDelivery[]>(),
        store.deliveries.countDocuments(filter),
      ]);
      return { items: items.map(publicDelivery), total };
    },
  );

  route(
    r,
    {
      method: 'delete',
      path: '/webhooks/:id',
      operationId: 'deleteWebhook',
      summary: 'Désactiver un point de réception',
      summaryEn: 'Deactivate an endpoint',
      tags,
      access: write,
      request: { params: IdParams },
      responses: {
        204: { description: 'Désactivé ; les livraisons en attente sont annulées / deactivated; pending deliveries are cancelled' },
      },
    },
    async ({ params }, { principal }) => {
      const partnerId = partnerOf(principal);
      const result = await store.endpoints.updateOne({ _id: params.id, partnerId }, { $set: { active: false } });
      if (result.matchedCount === 0) throw notFound('Webhook endpoint');
      await store.deliveries.updateMany({ endpointId: params.id, partnerId, status: 'pending' }, { $set: { status: 'cancelled' } });
    },
  );

  route(
    r,
    {
      method: 'get',
      path: '/referrals',
      operationId: 'listReferrals',
      summary: 'Flux des orientations adressées au partenaire',
      summaryEn: 'Feed of the referrals addressed to the partner',
      tags,
      access: read,
      request: { query: FeedQuery },
      responses: {
        200: {
          description: 'Une page du flux (les orientations effacées sont signalées) / a page of the feed (erased referrals are flagged)',
        },
      },
      list: true,
    },
    async ({ query: q }, { principal }) => {
      const filter = { partnerId: partnerOf(principal), ...idsFilter(q.id) };
      const paging = pagingOf(q, { receivedAt: -1 });
      const [items, total] = await Promise.all([
        store.feed.find(filter).sort(paging.sort).skip(paging.skip).limit(paging.limit).lean<FeedItem[]>(),
        store.feed.countDocuments(filter),
      ]);
      return {
        items: items.map((i) =>
          i.body === null ? { id: i._id, type: i.type, referralId: i.referralId, erased: true } : (JSON.parse(i.body) as unknown),
        ),
        total,
      };
    },
  );

  return r;
}
