import type { Connection } from 'mongoose';
import { allTerritories, TenantRepository, territory } from '@binome/persistence';
import type { Badge } from './badge.entity';
import { BadgeSchema, IssuerStateSchema, type IssuerState } from './badge.schema';
import type { IssuerKey } from './issuer-key.entity';
import { newIssuerKey } from './issuer-keyring';

export class BadgeRepository extends TenantRepository<Badge> {
  constructor(connection: Connection) {
    super(connection, 'Badge', BadgeSchema);
  }

  /** Every revoked badge's status index: the issuer's one list spans territories by design. */
  async revokedIndices(): Promise<number[]> {
    return (await this.findMany(allTerritories, { 'revoked.at': { $exists: true } })).map((b) => b.statusListIndex);
  }

  /** Public pages find a badge by its (unguessable) id across territories. */
  async byId(id: string): Promise<Badge | null> {
    return this.findById(allTerritories, id);
  }
}

const NATIONAL = territory('national');

/**
 * The issuer's own state: the status-list index counter, and the single signing key of earlier
 * versions (`signing-key`), which the keyring adopts as its first key — or creates here on a new
 * database (first insert wins: concurrent pods agree on it). The keys themselves live in
 * `issuer_keys` (`issuer-keyring.ts`). Private keys are stored in the service's own database for
 * development; production keeps them in a KMS or a mounted secret.
 */
export class IssuerRepository extends TenantRepository<IssuerState> {
  constructor(connection: Connection) {
    super(connection, 'IssuerState', IssuerStateSchema);
  }

  /** The first key: the earlier versions' one if present, else a new one stored the same way. */
  async firstKey(): Promise<IssuerKey> {
    const existing = await this.findById(NATIONAL, 'signing-key');
    if (!existing?.privateJwk) {
      const k = await newIssuerKey(new Date(), 'first-use');
      await this.insertIfAbsent({
        _id: 'signing-key',
        territoryId: 'national',
        privateJwk: { ...k.privateJwk },
        publicJwk: { ...k.publicJwk },
        createdAt: k.createdAt,
      });
    }
    const stored = await this.findById(NATIONAL, 'signing-key');
    if (!stored?.privateJwk || !stored.publicJwk) throw new Error('issuer signing key missing');
    const publicJwk = stored.publicJwk as unknown as IssuerKey['publicJwk'];
    return {
      _id: publicJwk.kid,
      territoryId: 'national',
      privateJwk: stored.privateJwk as unknown as IssuerKey['privateJwk'],
      publicJwk,
      activatedAt: stored.createdAt,
      createdBy: existing?.privateJwk ? 'adopted' : 'first-use',
      createdAt: stored.createdAt,
    };
  }

  /** A retired key that was the earlier versions' one loses its private part there too. */
  async dropLegacyPrivateKey(kid: string): Promise<void> {
    await this.compareAndSet(NATIONAL, 'signing-key', { 'publicJwk.kid': kid }, { $unset: { privateJwk: '' } });
  }

  /** The next free index of the status list (one atomic increment). */
  async nextStatusIndex(): Promise<number> {
    await this.insertIfAbsent({ _id: 'status-list', territoryId: 'national', next: 0, createdAt: new Date() });
    const updated = await this.model
      .findOneAndUpdate({ territoryId: 'national', _id: 'status-list' }, { $inc: { next: 1 } }, { new: true })
      .lean<IssuerState>();
    if (typeof updated?.next !== 'number') throw new Error('status list counter missing');
    return updated.next - 1;
  }
}
