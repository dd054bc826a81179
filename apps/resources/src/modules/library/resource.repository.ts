import type { Connection } from 'mongoose';
import type { OutboxEntry } from '@binome/outbox';
import { TenantRepository, type Filter, type TenantScope } from '@binome/persistence';
import type { Resource, ResourceVersion } from './resource.entity';
import { ResourceSchema } from './resource.schema';

export class ResourceRepository extends TenantRepository<Resource> {
  constructor(connection: Connection) {
    super(connection, 'Resource', ResourceSchema);
  }

  /** Appends a version if nobody appended one since `expected` (compare-and-set on the latest version). */
  async appendVersion(
    scope: TenantScope,
    id: string,
    expected: number,
    version: ResourceVersion,
    set: Partial<Resource> = {},
  ): Promise<boolean> {
    return this.compareAndSet(
      scope,
      id,
      { latestVersion: expected },
      { $push: { versions: version }, $set: { ...set, latestVersion: version.version, updatedAt: version.createdAt } },
    );
  }

  /** Publishes `version` (the latest when the staff member read it), with its event. */
  async publish(scope: TenantScope, id: string, version: number, by: string, at: Date, events: OutboxEntry[]): Promise<boolean> {
    return this.compareAndSet(scope, id, { latestVersion: version }, { $set: { publication: { version, by, at }, updatedAt: at } }, events);
  }

  filterOf(q: {
    audience?: string;
    topic?: string;
    language?: string;
    territoryId?: string;
    status?: 'draft' | 'published';
  }): Filter<Resource> {
    const and: Filter<Resource>[] = [];
    if (q.audience) and.push({ audiences: q.audience });
    if (q.topic) and.push({ topics: q.topic });
    if (q.language) and.push({ language: q.language });
    if (q.territoryId) and.push({ territoryId: q.territoryId });
    if (q.status) and.push({ 'publication.version': q.status === 'published' ? { $gte: 1 } : { $exists: false } });
    return and.length ? { $and: and } : {};
  }
}
