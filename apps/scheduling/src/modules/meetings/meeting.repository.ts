import type { Connection } from 'mongoose';
import { TenantRepository, territory, type TenantScope } from '@binome/persistence';
import type { OutboxEntry } from '@binome/outbox';
import { BOOKED, type Meeting, type MeetingStatus } from './meeting.entity';
import { MeetingSchema } from './meeting.schema';

const DAY_MS = 86_400_000;

export class MeetingRepository extends TenantRepository<Meeting> {
  constructor(connection: Connection) {
    super(connection, 'Meeting', MeetingSchema);
  }

  async ofPair(scope: TenantScope, pairId: string): Promise<Meeting[]> {
    return this.findMany(scope, { pairId }, { startsAt: 1 });
  }

  /** The meetings that hold a slot in either participant's agenda around `startsAt` (for double booking). */
  async agendaAround(territoryId: string, people: { beneficiaryId: string; volunteerId: string }, startsAt: Date): Promise<Meeting[]> {
    return this.findMany(territory(territoryId), {
      status: { $in: [...BOOKED] },
      $or: [{ beneficiaryId: people.beneficiaryId }, { volunteerId: people.volunteerId }],
      startsAt: { $gte: new Date(startsAt.getTime() - DAY_MS), $lte: new Date(startsAt.getTime() + DAY_MS) },
    });
  }

  /** Every meeting of the volunteer that counts against the cap. */
  async ofVolunteer(territoryId: string, volunteerId: string): Promise<Meeting[]> {
    return this.findMany(territory(territoryId), { volunteerId, status: { $in: [...BOOKED] } });
  }

  /** Applies a change to a meeting still in `from` at `sequence`; the sequence goes up by one. */
  async change(
    m: Pick<Meeting, '_id' | 'territoryId' | 'sequence'>,
    from: MeetingStatus,
    set: Partial<Meeting>,
    events: OutboxEntry[],
  ): Promise<boolean> {
    return this.compareAndSet(
      territory(m.territoryId),
      m._id,
      { status: from, sequence: m.sequence },
      { $set: { ...set, sequence: m.sequence + 1, updatedAt: new Date() } },
      events,
    );
  }

  /** A participant's meetings in every status, for their calendar feed (cancelled ones included). */
  async ofPerson(territoryId: string, kind: 'beneficiary' | 'volunteer', personId: string): Promise<Meeting[]> {
    return this.findMany(territory(territoryId), kind === 'beneficiary' ? { beneficiaryId: personId } : { volunteerId: personId }, {
      startsAt: 1,
    });
  }

  /** The planned meetings of a pair after `at` (what a pair's end cancels). */
  async futureOfPair(territoryId: string, pairId: string, at: Date): Promise<Meeting[]> {
    return this.findMany(territory(territoryId), { pairId, status: 'planned', startsAt: { $gt: at } });
  }

  /** Erasure of a person: the notes of their meetings go; the meetings stay, so the counts do. */
  async eraseNotesOf(territoryId: string, kind: 'beneficiary' | 'volunteer', personId: string): Promise<void> {
    await this.model.updateMany(
      { territoryId, ...(kind === 'beneficiary' ? { beneficiaryId: personId } : { volunteerId: personId }) },
      { $unset: { note: 1 } },
    );
  }
}
