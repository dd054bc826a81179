import type { Connection } from 'mongoose';
import { AppError, conflict } from '@binome/errors';
import type { PairRef } from '@binome/matching-engine';
import { TenantRepository, territory, type TenantScope } from '@binome/persistence';
import type { PromotionMatching, ProposalSummary } from './promotion-matching.entity';
import type { PromotionRef } from './promotion-ref';
import { PromotionMatchingSchema } from './promotion-matching.schema';

const LEASE_MS = 60_000;
const same = (a: PairRef, b: PairRef) => a.beneficiaryId === b.beneficiaryId && a.volunteerId === b.volunteerId;
const plain = (p: PairRef): PairRef => ({ beneficiaryId: p.beneficiaryId, volunteerId: p.volunteerId });

export class PromotionMatchingRepository extends TenantRepository<PromotionMatching> {
  constructor(connection: Connection) {
    super(connection, 'PromotionMatching', PromotionMatchingSchema);
  }

  async find(scope: TenantScope, promotionId: string): Promise<PromotionMatching | null> {
    const doc = await this.findById(scope, promotionId);
    // Empty arrays are not always stored by an upsert's $setOnInsert: read them as empty.
    return doc && { ...doc, pins: doc.pins ?? [], bans: doc.bans ?? [] };
  }

  /**
   * The promotion's state, created on first use; a promotion id belongs to one territory for good.
   * Only for a promotion recruitment placed in this territory (PromotionRef). A record of the same
   * id under another territory can then only be a leftover of the defect that let any request
   * body create one (issue 12): it is removed, so the promotion's own territory is never blocked,
   * and nothing tells the caller that it existed.
   */
  async ensure(ref: PromotionRef): Promise<PromotionMatching> {
    const { territoryId, promotionId } = ref;
    const insert = () =>
      this.model.updateOne(
        { _id: promotionId, territoryId },
        { $setOnInsert: { _id: promotionId, territoryId, pins: [], bans: [], version: 0, leaseUntil: new Date(0), createdAt: new Date() } },
        { upsert: true },
      );
    try {
      await insert();
    } catch (e) {
      if ((e as { code?: number }).code !== 11000) throw e;
      await this.model.deleteOne({ _id: promotionId, territoryId: { $ne: territoryId } });
      await insert();
    }
    const doc = await this.find({ kind: 'some', territories: [territoryId] }, promotionId);
    if (!doc) throw new AppError('unavailable', "The promotion's matching state could not be created; try again");
    return doc;
  }

  /**
   * Runs `work` while holding the promotion's lease: runs and staff decisions on one promotion are
   * serialised across instances (each reads the pairs, then writes several documents). Waits up to
   * `waitMs` for the lease; a lease left by a dead instance expires after a minute.
   */
  async withLease<T>(ref: PromotionRef, work: () => Promise<T>, waitMs = 5_000): Promise<T> {
    await this.ensure(ref);
    const { territoryId, promotionId } = ref;
    const deadline = Date.now() + waitMs;
    let until: Date;
    for (;;) {
      const now = new Date();
      until = new Date(now.getTime() + LEASE_MS);
      if (await this.compareAndSet(territory(territoryId), promotionId, { leaseUntil: { $lt: now } }, { $set: { leaseUntil: until } }))
        break;
      if (Date.now() > deadline) throw conflict("Another change to this promotion's pairs is in progress; try again");
      await new Promise((r) => setTimeout(r, 50 + Math.random() * 100));
    }
    try {
      return await work();
    } finally {
      await this.compareAndSet(territory(territoryId), promotionId, { leaseUntil: until }, { $set: { leaseUntil: new Date(0) } });
    }
  }

  private async update(ref: PromotionRef, change: (m: PromotionMatching) => Partial<PromotionMatching>): Promise<PromotionMatching> {
    const { territoryId, promotionId } = ref;
    for (let attempt = 0; attempt < 5; attempt++) {
      const current = await this.ensure(ref);
      const next = change(current);
      if (
        await this.compareAndSet(
          territory(territoryId),
          promotionId,
          { version: current.version },
          { $set: { ...next, version: current.version + 1 } },
        )
      ) {
        return { ...current, ...next, version: current.version + 1 };
      }
    }
    throw new AppError('conflict', "The promotion's matching settings changed meanwhile; try again");
  }

  /** A pin replaces the beneficiary's earlier pin and lifts a ban of the same pair. */
  addPin(ref: PromotionRef, pin: PairRef) {
    return this.update(ref, (m) => ({
      pins: [...m.pins.filter((p) => p.beneficiaryId !== pin.beneficiaryId).map(plain), plain(pin)],
      bans: m.bans.filter((b) => !same(b, pin)).map(plain),
    }));
  }

  removePin(ref: PromotionRef, pin: PairRef) {
    return this.update(ref, (m) => ({ pins: m.pins.filter((p) => !same(p, pin)).map(plain) }));
  }

  /** A ban lifts a pin of the same pair. */
  addBan(ref: PromotionRef, ban: PairRef) {
    return this.update(ref, (m) => ({
      bans: [...m.bans.filter((b) => !same(b, ban)).map(plain), plain(ban)],
      pins: m.pins.filter((p) => !same(p, ban)).map(plain),
    }));
  }

  removeBan(ref: PromotionRef, ban: PairRef) {
    return this.update(ref, (m) => ({ bans: m.bans.filter((b) => !same(b, ban)).map(plain) }));
  }

  recordRun(ref: PromotionRef, latest: ProposalSummary) {
    return this.update(ref, () => ({ latest }));
  }
}
