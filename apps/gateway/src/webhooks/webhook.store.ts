import { Schema, type Connection, type Model } from 'mongoose';

export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed', 'cancelled'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** A partner's registered receiver. The secret signs deliveries; it is never returned by the API. */
export interface WebhookEndpoint {
  _id: string;
  partnerId: string;
  url: string;
  secret: string;
  description?: string;
  active: boolean;
  createdAt: Date;
  createdBy: string;
}

/** One referral event addressed to a partner: the pull feed, and the source of deliveries. */
export interface FeedItem {
  _id: string; // event id
  partnerId: string;
  referralId: string;
  type: string;
  territoryId: string;
  occurredAt: Date;
  receivedAt: Date;
  /** The JSON body sent to the partner; null once the person asked for erasure. */
  body: string | null;
}

export interface AttemptLog {
  at: Date;
  statusCode?: number;
  error?: string;
  durationMs: number;
}

/** One event for one endpoint, `_id` = `<eventId>:<endpointId>`: created once, sent until delivered. */
export interface WebhookDelivery {
  _id: string;
  eventId: string;
  endpointId: string;
  partnerId: string;
  referralId: string;
  eventType: string;
  body: string | null;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: Date;
  /** A sender holds the delivery until then; epoch when free. */
  leaseUntil: Date;
  leaseOwner: string;
  lastAttemptAt?: Date;
  lastStatusCode?: number;
  lastError?: string;
  deliveredAt?: Date;
  createdAt: Date;
  log: AttemptLog[];
}

const EndpointSchema = new Schema<WebhookEndpoint>(
  {
    _id: { type: String, required: true },
    partnerId: { type: String, required: true },
    url: { type: String, required: true },
    secret: { type: String, required: true },
    description: String,
    active: { type: Boolean, required: true },
    createdAt: { type: Date, required: true },
    createdBy: { type: String, required: true },
  },
  { collection: 'webhook_endpoints', versionKey: false },
);
EndpointSchema.index({ partnerId: 1, active: 1 });

const FeedSchema = new Schema<FeedItem>(
  {
    _id: { type: String, required: true },
    partnerId: { type: String, required: true },
    referralId: { type: String, required: true },
    type: { type: String, required: true },
    territoryId: { type: String, required: true },
    occurredAt: { type: Date, required: true },
    receivedAt: { type: Date, required: true },
    body: { type: String, default: null },
  },
  { collection: 'referral_feed', versionKey: false },
);
FeedSchema.index({ partnerId: 1, receivedAt: -1 });
FeedSchema.index({ referralId: 1 });

const DeliverySchema = new Schema<WebhookDelivery>(
  {
    _id: { type: String, required: true },
    eventId: { type: String, required: true },
    endpointId: { type: String, required: true },
    partnerId: { type: String, required: true },
    referralId: { type: String, required: true },
    eventType: { type: String, required: true },
    body: { type: String, default: null },
    status: { type: String, enum: DELIVERY_STATUSES, required: true },
    attempts: { type: Number, required: true },
    nextAttemptAt: { type: Date, required: true },
    leaseUntil: { type: Date, required: true },
    leaseOwner: { type: String, default: '' },
    lastAttemptAt: Date,
    lastStatusCode: Number,
    lastError: String,
    deliveredAt: Date,
    createdAt: { type: Date, required: true },
    log: [{ _id: false, at: Date, statusCode: Number, error: String, durationMs: Number }],
  },
  { collection: 'webhook_deliveries', versionKey: false },
);
DeliverySchema.index({ status: 1, nextAttemptAt: 1 });
DeliverySchema.index({ partnerId: 1, createdAt: -1 });
DeliverySchema.index({ referralId: 1 });

/**
 * The gateway's own data (its database, not a territory's): partners' endpoints, the referral feed
 * and the delivery records. Partner-scoped rather than territory-scoped, so no tenant guard: every
 * query from the API names `partnerId` (see webhook.routes.ts).
 */
export class WebhookStore {
  readonly endpoints: Model<WebhookEndpoint>;
  readonly feed: Model<FeedItem>;
  readonly deliveries: Model<WebhookDelivery>;

  constructor(connection: Connection) {
    this.endpoints = connection.models.WebhookEndpoint ?? connection.model<WebhookEndpoint>('WebhookEndpoint', EndpointSchema);
    this.feed = connection.models.FeedItem ?? connection.model<FeedItem>('FeedItem', FeedSchema);
    this.deliveries = connection.models.WebhookDelivery ?? connection.model<WebhookDelivery>('WebhookDelivery', DeliverySchema);
  }

  /** Idempotent on the event id: a redelivered event changes nothing and creates no second delivery. */
  async record(item: FeedItem): Promise<void> {
    await this.feed.updateOne({ _id: item._id }, { $setOnInsert: item }, { upsert: true });
    const endpoints = await this.endpoints.find({ partnerId: item.partnerId, active: true }).lean<WebhookEndpoint[]>();
    for (const endpoint of endpoints) {
      const delivery: WebhookDelivery = {
        _id: `${item._id}:${endpoint._id}`,
        eventId: item._id,
        endpointId: endpoint._id,
        partnerId: item.partnerId,
        referralId: item.referralId,
        eventType: item.type,
        body: item.body,
        status: 'pending',
        attempts: 0,
        nextAttemptAt: item.receivedAt,
        leaseUntil: new Date(0),
        leaseOwner: '',
        createdAt: item.receivedAt,
        log: [],
      };
      await this.deliveries.updateOne({ _id: delivery._id }, { $setOnInsert: delivery }, { upsert: true });
    }
  }

  /**
   * The person asked for erasure: the gateway forgets what it held about them. Undelivered
   * referrals are cancelled (the partner must not receive them any more); delivered ones keep their
   * log without the body.
   */
  async erase(partnerId: string, referralId: string): Promise<void> {
    await this.feed.updateMany({ partnerId, referralId }, { $set: { body: null } });
    await this.deliveries.updateMany(
      { partnerId, referralId, status: 'pending', eventType: { $ne: 'referral.erased' } },
      { $set: { status: 'cancelled' } },
    );
    await this.deliveries.updateMany({ partnerId, referralId, eventType: { $ne: 'referral.erased' } }, { $set: { body: null } });
  }
}
