import { Schema, type Connection, type Model } from 'mongoose';
import { AppError, conflict } from '@binome/errors';
import type { PairRef } from '@binome/matching-engine';
import { scoped, tenantGuard, type TenantScope } from '@binome/persistence';
import type { PromotionMatching, ProposalSummary } from './promotion-matching.entity';

const Ref = { _id: false, beneficiaryId: { type: String, required: true }, volunteerId: { type: String, required: true } };

export const PromotionMatchingSchema = new Schema<PromotionMatching>(
  {
    _id: { type: String, required: true },
    territoryId: { type: String, required: true },
    pins: [Ref],
    bans: [Ref],
    latest: { type: Schema.Types.Mixed },
    version: { type: Number, required: true },
    leaseUntil: { type: Date, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: 'promotion_matchings', versionKey: false },
);
PromotionMatchingSchema.plugin(tenantGuard);

const LEASE_MS = 60_000;
const same = (a: PairRef, b: PairRef) => a.beneficiaryId === b.beneficiaryId && a.volunteerId === b.volunteerId;
const plain = (p: PairRef): PairRef => ({ beneficiaryId: p.beneficiaryId, volunteerId: p.volunteerId });

export class PromotionMatchingRepository {
  readonly model: Model<PromotionMatching>;

  constructor(connection: Connection) {
    this.model = connection.models.PromotionMatching ?? connection.model<PromotionMatching>('PromotionMatching', PromotionMatchingSchema);
  }

  async find(scope: TenantScope, promotionId: string): Promise<PromotionMatching | null> {
    const doc = await this.model.findOne(scoped<PromotionMatching>(scope, { _id: promotionId })).lean<PromotionMatching>();
    // Empty arrays are not always stored by an upsert's $setOnInsert: read them as empty.
    return doc && { ...doc, pins: doc.pins ?? [], bans: doc.bans ?? [] };
  }

  /** The promotion's state, created on first use; a promotion id belongs to one territory for good. */
  async ensure(territoryId: string, promotionId: string): Promise<PromotionMatching> {
    await this.model.updateOne(
      { _id: promotionId, territoryId },
      { $setOnInsert: { _id: promotionId, territoryId, pins: [], bans: [], version: 0, leaseUntil: new Date(0), createdAt: new Date() } },
      { upsert: true },
    ).catch((e: { code?: number }) => {
      // Same id in another territory: the unique _id refuses the insert.
      if (e.code === 11000) throw conflict('This promotion is matched in another territory');
      throw e;
    });
    const doc = await this.find({ kind: 'some', territories: [territoryId] }, promotionId);
    if (!doc) throw conflict('This promotion is matched in another territory');
    return doc;
  }

  /**
   * Runs `work` while holding the promotion's lease: runs and staff decisions on one promotion are
   * serialised across instances (each reads the pairs, then writes several documents). Waits up to
   * `waitMs` for the lease; a lease left by a dead instance expires after a minute.
   */
  async withLease<T>(territoryId: string, promotionId: string, work: () => Promise<T>, waitMs = 5_000): Promise<T> {
    await this.ensure(territoryId, promotionId);
    const deadline = Date.now() + waitMs;
    let until: Date;
    for (;;) {
      const now = new Date();
      until = new Date(now.getTime() + LEASE_MS);
      const res = await this.model.updateOne({ _id: promotionId, territoryId, leaseUntil: { $lt: now } }, { $set: { leaseUntil: until } });
      if (res.modifiedCount === 1) break;
      if (Date.now() > deadline) throw conflict('Another change to this promotion\'s pairs is in progress; try again');
      await new Promise((r) => setTimeout(r, 50 + Math.random() * 100));
    }
    try {
      return await work();
    } finally {
      await this.model.updateOne({ _id: promotionId, territoryId, leaseUntil: until }, { $set: { leaseUntil: new Date(0) } });
    }
  }

  private async update(territoryId: string, promotionId: string, change: (m: PromotionMatching) => Partial<PromotionMatching>): Promise<PromotionMatching> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const current = await this.ensure(territoryId, promotionId);
      const next = change(current);
      const res = await this.model.updateOne({ _id: promotionId, territoryId, version: current.version }, { $set: { ...next, version: current.version + 1 } });
      if (res.modifiedCount === 1) return { ...current, ...next, version: current.version + 1 };
    }
    throw new AppError('conflict', 'The promotion\'s matching settings changed meanwhile; try again');
  }

  /** A pin replaces the beneficiary's earlier pin and lifts a ban of the same pair. */
  addPin(territoryId: string, promotionId: string, pin: PairRef) {
    return this.update(territoryId, promotionId, (m) => ({
      pins: [...m.pins.filter((p) => p.beneficiaryId !== pin.beneficiaryId).map(plain), plain(pin)],
      bans: m.bans.filter((b) => !same(b, pin)).map(plain),
    }));
  }

  removePin(territoryId: string, promotionId: string, pin: PairRef) {
    return this.update(territoryId, promotionId, (m) => ({ pins: m.pins.filter((p) => !same(p, pin)).map(plain) }));
  }

  /** A ban lifts a pin of the same pair. */
  addBan(territoryId: string, promotionId: string, ban: PairRef) {
    return this.update(territoryId, promotionId, (m) => ({
      bans: [...m.bans.filter((b) => !same(b, ban)).map(plain), plain(ban)],
      pins: m.pins.filter((p) => !same(p, ban)).map(plain),
    }));
  }

  removeBan(territoryId: string, promotionId: string, ban: PairRef) {
    return this.update(territoryId, promotionId, (m) => ({ bans: m.bans.filter((b) => !same(b, ban)).map(plain) }));
  }

  recordRun(territoryId: string, promotionId: string, latest: ProposalSummary) {
    return this.update(territoryId, promotionId, () => ({ latest }));
  }
}
