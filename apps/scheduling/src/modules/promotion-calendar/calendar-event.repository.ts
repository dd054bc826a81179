import type { Connection } from 'mongoose';
import type { OutboxEntry } from '@binome/outbox';
import { TenantRepository, territory, type TenantScope } from '@binome/persistence';
import type { CalendarEvent, Invitee } from './calendar-event.entity';
import { CalendarEventSchema } from './calendar-event.schema';

export class CalendarEventRepository extends TenantRepository<CalendarEvent> {
  constructor(connection: Connection) {
    super(connection, 'CalendarEvent', CalendarEventSchema);
  }

  async ofPromotion(scope: TenantScope, promotionId: string): Promise<CalendarEvent[]> {
    return this.findMany(scope, { promotionId }, { startsAt: 1 });
  }

  /** The events a person is invited to (their ledger, their feed). */
  async ofInvitee(territoryId: string, kind: Invitee['kind'], id: string): Promise<CalendarEvent[]> {
    const all = await this.findMany(territory(territoryId), { 'invitees.id': id }, { startsAt: 1 });
    return all.filter((e) => e.invitees.some((i) => i.kind === kind && i.id === id));
  }

  /**
   * Applies a change to an event still at `revision` (the revision goes up by one); `reissue` raises
   * the iCalendar SEQUENCE too, for a change calendars must take (a cancellation), not for an answer.
   */
  async change(
    e: Pick<CalendarEvent, '_id' | 'territoryId' | 'revision' | 'sequence'>,
    set: Partial<CalendarEvent>,
    events: OutboxEntry[] = [],
    reissue = false,
  ): Promise<boolean> {
    return this.compareAndSet(
      territory(e.territoryId),
      e._id,
      { revision: e.revision },
      { $set: { ...set, revision: e.revision + 1, ...(reissue ? { sequence: e.sequence + 1 } : {}), updatedAt: new Date() } },
      events,
    );
  }
}
