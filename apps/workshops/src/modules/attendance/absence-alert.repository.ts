import type { Connection } from 'mongoose';
import { createEnvelope, EVENTS, TOPICS } from '@binome/events';
import { outboxEntry } from '@binome/outbox';
import { TenantRepository, territory } from '@binome/persistence';
import type { AbsenceAlert } from './absence-alert';
import { AbsenceAlertSchema } from './absence-alert.schema';

export class AbsenceAlertRepository extends TenantRepository<AbsenceAlert> {
  constructor(connection: Connection) {
    super(connection, 'AbsenceAlert', AbsenceAlertSchema);
  }

  of(territoryId: string, personId: string): Promise<AbsenceAlert | null> {
    return this.findById(territory(territoryId), personId);
  }

  /**
   * Raises the person's alert with its event, once: the first raise inserts the record, a later
   * one replaces an expired record only (compare-and-set on its expiry), so two concurrent roll
   * calls raise one alert.
   */
  async raise(territoryId: string, personId: string, absences: number, now: Date, expiresAt: Date, previous: AbsenceAlert | null) {
    const event = outboxEntry(
      TOPICS.workshops,
      createEnvelope({
        type: EVENTS.WorkshopAbsenceAlertRaised,
        payload: { personId, territoryId, unexcusedAbsences: absences, expiresAt },
        territoryId,
        aggregateType: 'person',
        aggregateId: personId,
        source: 'workshops',
      }),
    );
    const alert: AbsenceAlert = { _id: personId, territoryId, personId, unexcusedAbsences: absences, raisedAt: now, expiresAt };
    if (!previous) return this.insertIfAbsent(alert, [event]);
    return this.compareAndSet(
      territory(territoryId),
      personId,
      { expiresAt: previous.expiresAt },
      { $set: { unexcusedAbsences: absences, raisedAt: now, expiresAt } },
      [event],
    );
  }

  async erase(territoryId: string, personId: string): Promise<void> {
    await this.model.deleteOne({ territoryId, _id: personId });
  }
}
