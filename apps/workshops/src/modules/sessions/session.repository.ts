import type { Connection } from 'mongoose';
import type { OutboxEntry } from '@binome/outbox';
import { TenantRepository, territory, type Filter, type Paging, type TenantScope } from '@binome/persistence';
import type { Session } from './session.entity';
import { SessionSchema } from './session.schema';

export class SessionRepository extends TenantRepository<Session> {
  constructor(connection: Connection) {
    super(connection, 'Session', SessionSchema);
  }

  list(scope: TenantScope, filter: Filter<Session>, paging: Paging, extra: Filter<Session> = {}) {
    return this.findPage(scope, filter, paging, extra);
  }

  /** The scheduled sessions of these facilitators overlapping [startsAt, endsAt) (double booking). */
  ofFacilitatorsBetween(territoryId: string, facilitatorIds: readonly string[], startsAt: Date, endsAt: Date): Promise<Session[]> {
    return this.findMany(territory(territoryId), {
      status: 'scheduled',
      facilitatorIds: { $in: [...facilitatorIds] },
      startsAt: { $lt: endsAt },
      endsAt: { $gt: startsAt },
    });
  }

  /** Every session a person holds or held a place in (assiduity, recommendations, erasure). */
  ofPerson(scope: TenantScope, personId: string): Promise<Session[]> {
    return this.findMany(scope, { 'registrations.personId': personId }, { startsAt: 1 });
  }

  ofWorkshop(scope: TenantScope, workshopId: string): Promise<Session[]> {
    return this.findMany(scope, { workshopId }, { startsAt: 1 });
  }

  /**
   * Writes the session's new state if nobody changed it since it was read (its revision), with
   * its events in the same write: seats, waitlist and promotions never diverge.
   */
  async save(s: Session, set: Partial<Session>, events: readonly OutboxEntry[] = []): Promise<boolean> {
    return this.compareAndSet(
      territory(s.territoryId),
      s._id,
      { revision: s.revision },
      { $set: { ...set, revision: s.revision + 1, updatedAt: new Date() } },
      events,
    );
  }
}
