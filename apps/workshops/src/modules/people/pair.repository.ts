import type { Connection } from 'mongoose';
import { TenantRepository, territory } from '@binome/persistence';
import type { KonnecteurLink, Pair } from './pair.entity';
import { KonnecteurLinkSchema, PairSchema } from './pair.schema';

export class PairRepository extends TenantRepository<Pair> {
  constructor(connection: Connection) {
    super(connection, 'Pair', PairSchema);
  }

  /**
   * Sets what one event says of a pair, creating the record on its first event (a Konnecteur may be
   * assigned before this consumer saw the confirmation). `ended` only ever becomes true, so replays
   * and copies converge.
   */
  async record(territoryId: string, pairId: string, set: Partial<Pick<Pair, 'promotionId' | 'beneficiaryId' | 'konnecteurId' | 'ended'>>) {
    const onInsert = 'ended' in set ? {} : { $setOnInsert: { ended: false } };
    await this.model.updateOne({ territoryId, _id: pairId }, { $set: { ...set, updatedAt: new Date() }, ...onInsert }, { upsert: true });
  }

  /** The beneficiaries of the live pairs these Konnecteurs follow. */
  async beneficiariesFollowedBy(territoryId: string, konnecteurIds: readonly string[]): Promise<string[]> {
    if (!konnecteurIds.length) return [];
    const pairs = await this.findMany(territory(territoryId), { konnecteurId: { $in: [...konnecteurIds] }, ended: false });
    return [...new Set(pairs.map((p) => p.beneficiaryId).filter((b): b is string => !!b))];
  }
}

export class KonnecteurLinkRepository extends TenantRepository<KonnecteurLink> {
  constructor(connection: Connection) {
    super(connection, 'KonnecteurLink', KonnecteurLinkSchema);
  }

  async put(territoryId: string, konnecteurId: string, email: string): Promise<KonnecteurLink> {
    const link = { _id: `${territoryId}:${konnecteurId}`, territoryId, konnecteurId, email, updatedAt: new Date() };
    await this.model.updateOne({ territoryId, _id: link._id }, { $set: link }, { upsert: true });
    return link;
  }

  /** The referent ids linked to an account's verified email in a territory. */
  async konnecteurIdsOf(territoryId: string, email: string): Promise<string[]> {
    return (await this.findMany(territory(territoryId), { email })).map((l) => l.konnecteurId);
  }
}
