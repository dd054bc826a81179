import type { Connection } from 'mongoose';
import { TenantRepository, territory, type TenantScope } from '@binome/persistence';
import type { PersonMeeting } from './person-meeting.entity';
import { PersonMeetingSchema } from './person-meeting.schema';

export class PersonMeetingRepository extends TenantRepository<PersonMeeting> {
  constructor(connection: Connection) {
    super(connection, 'PersonMeeting', PersonMeetingSchema);
  }

  /** A planned meeting: its slot (a replayed MeetingPlanned rewrites the same values). */
  async planned(m: Omit<PersonMeeting, 'status' | 'topics'>): Promise<void> {
    await this.model.updateOne(
      { territoryId: m.territoryId, _id: m._id },
      { $set: this.slot(m), $setOnInsert: { status: 'planned', topics: [] } },
      { upsert: true },
    );
  }

  /**
   * A held meeting keeps its slot and records the topics the pair worked on. The event carries the
   * whole slot, so a held meeting whose planning was never seen is complete too; a copy rewrites
   * the same values, and held is final in scheduling (nothing later undoes it).
   */
  async held(m: Omit<PersonMeeting, 'status'>): Promise<void> {
    await this.model.updateOne(
      { territoryId: m.territoryId, _id: m._id },
      { $set: { ...this.slot(m), status: 'held', topics: m.topics } },
      { upsert: true },
    );
  }

  /** A meeting that was cancelled or missed no longer holds the slot. */
  async settled(territoryId: string, meetingId: string, status: 'cancelled' | 'missed'): Promise<void> {
    await this.model.updateOne({ territoryId, _id: meetingId }, { $set: { status }, $setOnInsert: { topics: [] } }, { upsert: true });
  }

  /** The people among `personIds` with a meeting overlapping [startsAt, endsAt). */
  async clashing(territoryId: string, personIds: readonly string[], startsAt: Date, endsAt: Date): Promise<Set<string>> {
    if (personIds.length === 0) return new Set();
    const found = await this.findMany(territory(territoryId), {
      personIds: { $in: [...personIds] },
      status: { $in: ['planned', 'held'] },
      startsAt: { $lt: endsAt },
      endsAt: { $gt: startsAt },
    });
    return new Set(found.flatMap((m) => m.personIds).filter((p) => personIds.includes(p)));
  }

  /** How many held meetings of the beneficiary worked on each topic code. */
  async topicsWorkedOn(scope: TenantScope, beneficiaryId: string): Promise<Map<string, number>> {
    const held = await this.findMany(scope, { beneficiaryId, status: 'held' });
    const counts = new Map<string, number>();
    for (const m of held) for (const t of new Set(m.topics)) counts.set(t, (counts.get(t) ?? 0) + 1);
    return counts;
  }

  /** An erased person: out of every meeting's participants, and their meetings' topics forgotten. */
  async forget(territoryId: string, personId: string): Promise<void> {
    await this.model.updateMany({ territoryId, beneficiaryId: personId }, { $set: { topics: [] }, $unset: { beneficiaryId: '' } });
    await this.model.updateMany({ territoryId, personIds: personId }, { $pull: { personIds: personId } });
  }

  private slot(m: Omit<PersonMeeting, 'status' | 'topics'>) {
    return {
      personIds: m.personIds,
      startsAt: m.startsAt,
      endsAt: m.endsAt,
      ...(m.beneficiaryId ? { beneficiaryId: m.beneficiaryId } : {}),
    };
  }
}
