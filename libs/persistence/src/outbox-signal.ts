import type { mongo } from 'mongoose';

/** A document that a write of this process has just given outbox entries: its collection's namespace (`db.collection`) and `_id`. */
export interface OutboxWrite {
  namespace: string;
  id: string;
}

/**
 * `db.collection` of a driver collection or of a mongoose model's (`Model.collection`, which has no
 * `namespace` of its own): the name a write gives and the outbox relay looks its collections up by.
 */
export function namespaceOf(collection: mongo.Collection): string {
  const own = (collection as { namespace?: string }).namespace;
  if (own) return own;
  const conn = (collection as unknown as { conn?: { name?: string } }).conn;
  return `${conn?.name ?? collection.dbName}.${collection.collectionName}`;
}

type Listener = (write: OutboxWrite) => void;
const listeners = new Set<Listener>();

/**
 * Calls `listener` after every write of this process that stored events in a document's outbox
 * (TenantRepository's insert, insertIfAbsent and compareAndSet, the only writes that do). The
 * service host wires it to the outbox relay, which then publishes that document by its `_id`
 * instead of searching every collection's outboxes. Returns the unsubscribe function.
 */
export function onOutboxWrite(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function outboxWritten(write: OutboxWrite): void {
  for (const listener of listeners) {
    try {
      listener(write);
    } catch {
      // A listener's failure is not the write's: the relay's polls find the document anyway.
    }
  }
}
