import { Schema } from 'mongoose';
import { outboxPlugin } from '@binome/outbox';
import { tenantGuard } from '@binome/persistence';
import type { Badge } from './badge.entity';

export const BadgeSchema = new Schema<Badge>(
  {
    _id: { type: String, required: true },
    territoryId: { type: String, required: true },
    achievementId: { type: String, required: true },
    recipient: { _id: false, kind: String, id: String },
    display: { type: Schema.Types.Mixed, required: true },
    salt: { type: String, required: true },
    awardedAt: { type: Date, required: true },
    evidence: { _id: false, event: String, eventId: String },
    statusListIndex: { type: Number, required: true },
    revoked: { type: new Schema({ at: Date, by: String, reason: String }, { _id: false }), default: undefined },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'badges', versionKey: false, minimize: false },
);
BadgeSchema.plugin(tenantGuard);
BadgeSchema.plugin(outboxPlugin);
BadgeSchema.index({ statusListIndex: 1 }, { unique: true });
BadgeSchema.index({ territoryId: 1, 'recipient.id': 1 });

/** The issuer's own state, in the national scope: its signing key and the status list's next free index. */
export interface IssuerState {
  _id: 'signing-key' | 'status-list';
  territoryId: 'national';
  privateJwk?: Record<string, unknown>;
  publicJwk?: Record<string, unknown>;
  next?: number;
  createdAt: Date;
}

export const IssuerStateSchema = new Schema<IssuerState>(
  {
    _id: { type: String, required: true },
    territoryId: { type: String, required: true },
    privateJwk: Schema.Types.Mixed,
    publicJwk: Schema.Types.Mixed,
    next: Number,
    createdAt: { type: Date, required: true },
  },
  { collection: 'issuer_state', versionKey: false },
);
IssuerStateSchema.plugin(tenantGuard);
