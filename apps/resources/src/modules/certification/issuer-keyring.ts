import type { Connection } from 'mongoose';
import { calculateJwkThumbprint, exportJWK, generateKeyPair } from 'jose';
import { TenantRepository, territory } from '@binome/persistence';
import type { IssuerRepository } from './badge.repository';
import type { IssuerKey } from './issuer-key.entity';
import { IssuerKeySchema } from './issuer-key.schema';

const NATIONAL = territory('national');

/** How long an instance trusts its copy of the keys: a rotation or retirement reaches every pod within it. */
export const DEFAULT_KEY_CACHE_MS = 60_000;

export class IssuerKeyRepository extends TenantRepository<IssuerKey> {
  constructor(connection: Connection) {
    super(connection, 'IssuerKey', IssuerKeySchema);
  }

  /** Every key, the current first: the latest activation not retired (ties by id). */
  async ordered(): Promise<IssuerKey[]> {
    return this.findMany(NATIONAL, {}, { activatedAt: -1, _id: 1 });
  }
}

/** A new ES256 key, its id the public key's thumbprint. */
export async function newIssuerKey(at: Date, createdBy: string): Promise<IssuerKey> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  return {
    _id: kid,
    territoryId: 'national',
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg: 'ES256' },
    publicJwk: { ...publicJwk, kid, alg: 'ES256', use: 'sig' },
    activatedAt: at,
    createdBy,
    createdAt: at,
  };
}

interface Snapshot {
  current: IssuerKey & { privateJwk: NonNullable<IssuerKey['privateJwk']> };
  keys: IssuerKey[];
}

/**
 * The issuer's keys as one instance sees them: read from the database and kept for `cacheMs`
 * (then read again), so a rotation or a retirement made on any pod is followed by every pod within
 * that time; the pod that made it reads again at once (`refresh`). The first read of a database
 * without keys adopts the single key of earlier versions (`issuer_state`, `signing-key`: first
 * insert wins, so concurrent pods agree), which keeps the credentials it signed verifiable.
 */
export class IssuerKeyring {
  private snapshot?: { expiresAt: number; promise: Promise<Snapshot> };

  constructor(
    private readonly keys: IssuerKeyRepository,
    private readonly legacy: IssuerRepository,
    private readonly cacheMs: number = DEFAULT_KEY_CACHE_MS,
    private readonly clock: () => number = Date.now,
  ) {}

  /** The key that signs now (private JWK with its kid). */
  async current() {
    return (await this.read()).current;
  }

  /** The public keys that verify: every key not retired, the current first. */
  async published() {
    return (await this.read()).keys.filter((k) => !k.retired).map((k) => k.publicJwk);
  }

  /** Every key with its status (no private part). */
  async list() {
    const { keys, current } = await this.read();
    return keys.map((k) => ({ key: k, status: k.retired ? 'retired' : k._id === current._id ? 'current' : 'previous' }) as const);
  }

  /** Forget the copy: the next use reads the database. */
  async refresh() {
    this.snapshot = undefined;
    return this.read();
  }

  private read(): Promise<Snapshot> {
    const now = this.clock();
    if (this.snapshot && now < this.snapshot.expiresAt) return this.snapshot.promise;
    const entry = { expiresAt: now + this.cacheMs, promise: this.load() };
    entry.promise.catch(() => {
      if (this.snapshot === entry) this.snapshot = undefined;
    });
    this.snapshot = entry;
    return entry.promise;
  }

  private async load(): Promise<Snapshot> {
    let keys = await this.keys.ordered();
    if (keys.length === 0) {
      const adopted = await this.legacy.firstKey();
      await this.keys.insertIfAbsent({ ...adopted, territoryId: 'national' });
      keys = await this.keys.ordered();
    }
    let current = keys.find((k) => !k.retired && k.privateJwk);
    if (!current) {
      // Every key retired by hand in the database: start a new one rather than sign with none.
      await this.keys.insertIfAbsent(await newIssuerKey(new Date(), 'first-use'));
      keys = await this.keys.ordered();
      current = keys.find((k) => !k.retired && k.privateJwk);
    }
    if (!current?.privateJwk) throw new Error('issuer signing key missing');
    return { current: current as Snapshot['current'], keys };
  }
}
