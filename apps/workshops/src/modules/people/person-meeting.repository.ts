import type { Connection } from 'mongoose';
import { TenantRepository, territory } from '@binome/persistence';
import type { PersonMeeting } from './person-meeting.entity';
import { PersonMeetingSchema } from './person-meeting.schema';

export class PersonMeetingRepository extends TenantRepository<PersonMeeting> {
  constructor(connection: Connection) {
    super(connection, 'PersonMeeting', PersonMeetingSchema);
  }

  /** A planned meeting: its slot (a replayed MeetingPlanned rewrites the same values). */
  async planned(m: Omit<PersonMeeting, 'status'>): Promise<void> {
    await this.model.updateOne(
      { territoryId: m.territoryId, _id: m._id },
      { $set: { personIds: m.personIds, startsAt: m.startsAt, endsAt: m.endsAt }, $setOnInsert: { status: 'planned' } },
      { upsert: true },
    );
  }

  /** A meeting that was cancelled or missed no longer holds the slot; a held one keeps it. */
  async settled(territoryId: string, meetingId: string, status: 'held' | 'cancelled' | 'missed'): Promise<void> {
    await this.model.updateOne({ territoryId, _id: meetingId }, { $set: { status } }, { upsert: true });
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
}
