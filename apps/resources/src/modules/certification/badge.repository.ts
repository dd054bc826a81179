import type { Connection } from 'mongoose';
import { exportJWK, generateKeyPair, calculateJwkThumbprint, type JWK } from 'jose';
import { allTerritories, TenantRepository, territory } from '@binome/persistence';
import type { Badge } from './badge.entity';
import { BadgeSchema, IssuerStateSchema, type IssuerState } from './badge.schema';

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
 * The issuer's signing key (ES256, created once: the first instance to insert it wins, the others
 * read it) and the status-list index counter. The private key is stored in the service's own
 * database for development; production keeps it in a KMS or a mounted secret.
 */
export class IssuerRepository extends TenantRepository<IssuerState> {
  private key?: Promise<{ privateJwk: JWK; publicJwk: JWK & { kid: string } }>;

  constructor(connection: Connection) {
    super(connection, 'IssuerState', IssuerStateSchema);
  }

  signingKey() {
    this.key ??= this.loadKey().catch((e) => {
      this.key = undefined;
      throw e;
    });
    return this.key;
  }

  private async loadKey() {
    const existing = await this.findById(NATIONAL, 'signing-key');
    if (!existing?.privateJwk) {
      const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
      const publicJwk = await exportJWK(publicKey);
      const kid = await calculateJwkThumbprint(publicJwk);
      await this.insertIfAbsent({
        _id: 'signing-key',
        territoryId: 'national',
        privateJwk: { ...(await exportJWK(privateKey)), kid, alg: 'ES256' },
        publicJwk: { ...publicJwk, kid, alg: 'ES256', use: 'sig' },
        createdAt: new Date(),
      });
    }
    const stored = await this.findById(NATIONAL, 'signing-key');
    if (!stored?.privateJwk || !stored.publicJwk) throw new Error('issuer signing key missing');
    return { privateJwk: stored.privateJwk as unknown as JWK, publicJwk: stored.publicJwk as unknown as JWK & { kid: string } };
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
