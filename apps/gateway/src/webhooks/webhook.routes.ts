import { randomUUID } from 'node:crypto';
import express, { Router } from 'express';
import { z } from 'zod';
import { authorize, principalOf } from '@binome/auth';
import { conflict, forbidden, notFound, validationFailed } from '@binome/errors';
import { inputOf, validate } from '@binome/http-server';
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
const Paging = {
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  perPage: z.coerce.number().int().min(1).max(100).default(25),
};
const DeliveriesQuery = z.object({ status: z.enum(DELIVERY_STATUSES).optional(), ...Paging }).strict();
const FeedQuery = z.object({ ...Paging }).strict();

const publicEndpoint = (e: WebhookEndpoint) => ({ id: e._id, partnerId: e.partnerId, url: e.url, description: e.description, active: e.active, createdAt: e.createdAt });
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
function partnerOf(res: express.Response): string {
  const partnerId = principalOf(res).partnerId;
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
  const feed = { read: authorize('referrals', 'read', { serves: ['own-referrals'] }), write: authorize('referrals', 'write', { serves: ['own-referrals'] }) };
  r.use((req, res, next) => (req.method === 'GET' || req.method === 'HEAD' ? feed.read : feed.write)(req, res, next));
  r.use(express.json({ limit: '16kb' }));

  r.post('/webhooks', validate({ body: RegisterBody }), async (_req, res) => {
    const partnerId = partnerOf(res);
    const body = inputOf<z.infer<typeof RegisterBody>>(res).body;
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
      createdBy: principalOf(res).subject,
    };
    await store.endpoints.create(endpoint);
    res.status(201).location(`/api/partners/webhooks/${endpoint._id}`).json(publicEndpoint(endpoint));
  });

  r.get('/webhooks', async (_req, res) => {
    const items = await store.endpoints.find({ partnerId: partnerOf(res) }).sort({ createdAt: -1 }).lean<WebhookEndpoint[]>();
    res.json(items.map(publicEndpoint));
  });

  r.get('/webhooks/deliveries', validate({ query: DeliveriesQuery }), async (_req, res) => {
    const partnerId = partnerOf(res);
    const q = inputOf<unknown, z.infer<typeof DeliveriesQuery>>(res).query;
    const filter = { partnerId, ...(q.status ? { status: q.status } : {}) };
    const [items, total] = await Promise.all([
      store.deliveries
        .find(filter)
        .sort({ createdAt: -1, _id: 1 })
        .skip((q.page - 1) * q.perPage)
        .limit(q.perPage)
        .lean<WebhookDelivery[]>(),
      store.deliveries.countDocuments(filter),
    ]);
    res.setHeader('X-Total-Count', String(total));
    res.json(items.map(publicDelivery));
  });

  r.delete('/webhooks/:id', validate({ params: IdParams }), async (_req, res) => {
    const partnerId = partnerOf(res);
    const { id } = inputOf<unknown, unknown, z.infer<typeof IdParams>>(res).params;
    const result = await store.endpoints.updateOne({ _id: id, partnerId }, { $set: { active: false } });
    if (result.matchedCount === 0) throw notFound('Webhook endpoint');
    await store.deliveries.updateMany({ endpointId: id, partnerId, status: 'pending' }, { $set: { status: 'cancelled' } });
    res.status(204).end();
  });

  r.get('/referrals', validate({ query: FeedQuery }), async (_req, res) => {
    const partnerId = partnerOf(res);
    const q = inputOf<unknown, z.infer<typeof FeedQuery>>(res).query;
    const [items, total] = await Promise.all([
      store.feed
        .find({ partnerId })
        .sort({ receivedAt: -1, _id: 1 })
        .skip((q.page - 1) * q.perPage)
        .limit(q.perPage)
        .lean<FeedItem[]>(),
      store.feed.countDocuments({ partnerId }),
    ]);
    res.setHeader('X-Total-Count', String(total));
    res.json(items.map((i) => (i.body === null ? { id: i._id, type: i.type, referralId: i.referralId, erased: true } : (JSON.parse(i.body) as unknown))));
  });

  return r;
}
