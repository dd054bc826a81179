import type { Connection } from 'mongoose';
import { scoped, territory, type TenantScope, TenantRepository } from '@binome/persistence';
import { PairMembershipSchema } from './pair-membership.schema';
import { GRANTING_STATUSES, STATUS_ORDER, type MembershipStatus, type PairMembership } from './pair-membership.entity';

export interface PairIds {
  pairId: string;
  territoryId: string;
  promotionId?: string;
  beneficiaryId?: string;
  volunteerId?: string;
}

/** Who the principal is, as recruitment's records say: their candidate, enrolment and referent ids. */
export interface PersonIds {
  candidateIds: readonly string[];
  volunteerIds: readonly string[];
  referentIds: readonly string[];
}

const MAX_PAIRS = 500;

/**
 * The pair membership projection. Every write is idempotent by itself (upserts keyed by the pair
 * id, forward-only status), so a redelivered or replayed event changes nothing. Writes come from
 * one consumer, and events of one pair are keyed by pair id (one partition, in order), so no two
 * connections update a pair at once (FerretDB).
 */
export class PairMembershipRepository extends TenantRepository<PairMembership> {
  constructor(connection: Connection) {
    super(connection, 'PairMembership', PairMembershipSchema);
  }

  /** Records the pair's people and moves its status forward (never back). */
  async record(ids: PairIds, status: MembershipStatus): Promise<void> {
    const where = { _id: ids.pairId, territoryId: ids.territoryId };
    const people = Object.fromEntries(
      Object.entries({ promotionId: ids.promotionId, beneficiaryId: ids.beneficiaryId, volunteerId: ids.volunteerId }).filter(
        ([, v]) => !!v,
      ),
    );
    await this.model.updateOne(where, { $set: { ...people, updatedAt: new Date() } }, { upsert: true });
    const order = STATUS_ORDER[status];
    await this.model.updateOne(
      { $and: [where, { $or: [{ statusOrder: { $exists: false } }, { statusOrder: { $lt: order } }] }] },
      { $set: { status, statusOrder: order } },
    );
  }

  /** The Konnecteur who follows the pair (the latest assignment wins; an event per change). */
  async assignKonnecteur(pairId: string, territoryId: string, konnecteurId: string, promotionId?: string): Promise<void> {
    await this.model.updateOne(
      { _id: pairId, territoryId },
      { $set: { konnecteurId, updatedAt: new Date(), ...(promotionId ? { promotionId } : {}) } },
      { upsert: true },
    );
  }

  /** The live pairs (confirmed or active) the person is in or follows, in the scope. */
  async livePairsOf(scope: TenantScope, who: PersonIds): Promise<PairMembership[]> {
    const ors = [
      ...(who.candidateIds.length ? [{ beneficiaryId: { $in: [...who.candidateIds] } }] : []),
      ...(who.volunteerIds.length ? [{ volunteerId: { $in: [...who.volunteerIds] } }] : []),
      ...(who.referentIds.length ? [{ konnecteurId: { $in: [...who.referentIds] } }] : []),
    ];
    if (!ors.length) return [];
    return this.model
      .find(scoped<PairMembership>(scope, { $and: [{ status: { $in: [...GRANTING_STATUSES] } }, { $or: ors }] }))
      .limit(MAX_PAIRS)
      .lean<PairMembership[]>();
  }

  async findPair(territoryId: string, pairId: string): Promise<PairMembership | null> {
    return this.findById(territory(territoryId), pairId);
  }
}
