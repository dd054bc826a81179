import type { Connection } from 'mongoose';
import { TenantRepository, territory, type Filter, type TenantScope } from '@binome/persistence';
import type { OutboxEntry } from '@binome/outbox';
import type { HealthReason, HealthStatus } from '../health/cadence';
import type { PairSchedule, PairScheduleStatus } from './pair-schedule.entity';
import { PairScheduleSchema } from './pair-schedule.schema';

export interface PairFacts {
  pairId: string;
  territoryId: string;
  promotionId: string;
  beneficiaryId: string;
  volunteerId: string;
}

/** Later states win over earlier ones, so a late or redelivered event never moves a pair back. */
const LATER: Record<PairScheduleStatus, PairScheduleStatus[]> = {
  confirmed: ['confirmed', 'active', 'dissolved', 'completed'],
  active: ['active', 'dissolved', 'completed'],
  dissolved: ['dissolved', 'completed'],
  completed: ['dissolved', 'completed'],
};

export class PairScheduleRepository extends TenantRepository<PairSchedule> {
  constructor(connection: Connection) {
    super(connection, 'PairSchedule', PairScheduleSchema);
  }

  /**
   * Idempotent projection of a pair event: creates the schedule on the first event, moves its
   * status forward only (a copy of an older event changes nothing). `startedOn` is the day of the
   * first confirmation or activation seen.
   */
  async record(f: PairFacts, status: PairScheduleStatus, at: Date): Promise<void> {
    const now = new Date();
    const scope = territory(f.territoryId);
    await this.insertIfAbsent({
      _id: f.pairId,
      territoryId: f.territoryId,
      promotionId: f.promotionId,
      beneficiaryId: f.beneficiaryId,
      volunteerId: f.volunteerId,
      status,
      startedOn: at,
      health: { status: 'on-track', reasons: [], computedAt: now },
      createdAt: now,
      updatedAt: now,
    });
    await this.compareAndSet(scope, f.pairId, { status: { $nin: LATER[status] } }, { $set: { status, updatedAt: now } });
  }

  /** Sets the promotion's end on its pairs (one pair, or every pair of the promotion). */
  async setPromotionEnd(territoryId: string, promotionId: string, endsAt: Date, pairId?: string): Promise<void> {
    const scope = territory(territoryId);
    const ids = pairId ? [pairId] : (await this.findMany(scope, { promotionId }, { _id: 1 })).map((p) => p._id);
    for (const id of ids)
      await this.compareAndSet(scope, id, { promotionId }, { $set: { promotionEndsOn: endsAt, updatedAt: new Date() } });
  }

  async assignKonnecteur(pairId: string, territoryId: string, konnecteurId: string): Promise<void> {
    await this.compareAndSet(territory(territoryId), pairId, {}, { $set: { konnecteurId, updatedAt: new Date() } });
  }

  /** Stores a newly computed health with its alert, only if the stored one is still `from`. */
  async setHealth(
    p: Pick<PairSchedule, '_id' | 'territoryId'>,
    from: HealthStatus,
    health: { status: HealthStatus; reasons: HealthReason[] },
    events: OutboxEntry[],
  ): Promise<boolean> {
    return this.compareAndSet(
      territory(p.territoryId),
      p._id,
      { 'health.status': from },
      { $set: { health: { ...health, computedAt: new Date() }, updatedAt: new Date() } },
      events,
    );
  }

  /** The live (confirmed or active) pairs of a promotion: whom its calendar events invite. */
  async liveOfPromotion(territoryId: string, promotionId: string): Promise<PairSchedule[]> {
    return this.findMany(territory(territoryId), { promotionId, status: { $in: ['confirmed', 'active'] } }, { _id: 1 });
  }

  /** The pairs of a person (erasure, the partner's first name in a feed). */
  async ofPerson(territoryId: string, kind: 'beneficiary' | 'volunteer', personId: string): Promise<PairSchedule[]> {
    return this.findMany(territory(territoryId), kind === 'beneficiary' ? { beneficiaryId: personId } : { volunteerId: personId });
  }

  /** The pairs of a reach that meet, worst health first (the triage queue). */
  async triage(scope: TenantScope, extra: Filter<PairSchedule>, territoryId?: string): Promise<PairSchedule[]> {
    return this.findMany(
      scope,
      { $and: [{ status: { $in: ['confirmed', 'active'] } }, territoryId ? { territoryId } : {}, extra] },
      { startedOn: 1 },
    );
  }
}
