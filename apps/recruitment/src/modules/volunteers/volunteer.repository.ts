import type { Connection, FilterQuery, Model } from 'mongoose';
import { mongo } from 'mongoose';
import { conflict } from '@binome/errors';
import { scoped, type TenantScope } from '@binome/persistence';
import type { OutboxEntry } from '@binome/outbox';
import { idsFilter, prefixSearch, type Paging } from '@binome/http-server';
import type { Volunteer, VolunteerStatus } from './volunteer.entity';
import { VolunteerSchema } from './volunteer.schema';

export interface VolunteerFilter {
  /** getMany. */
  id?: readonly string[];
  /** A prefix of the first or last name. */
  q?: string;
  territoryId?: string;
  promotionId?: string;
  status?: VolunteerStatus;
  sector?: string;
  language?: string;
  companyId?: string;
  trained?: boolean;
}

export function volunteerFilter(f: VolunteerFilter): FilterQuery<Volunteer> {
  return {
    ...idsFilter(f.id),
    ...prefixSearch(f.q, ['identity.lastName', 'identity.firstName']),
    ...(f.territoryId ? { territoryId: f.territoryId } : {}),
    ...(f.promotionId ? { promotionId: f.promotionId } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.sector ? { sector: f.sector } : {}),
    ...(f.language ? { 'languages.language': f.language } : {}),
    ...(f.companyId ? { companyId: f.companyId } : {}),
    ...(f.trained !== undefined ? { trained: f.trained } : {}),
  };
}

/** Volunteers, always within a tenant scope; returns plain objects. */
export class VolunteerRepository {
  readonly model: Model<Volunteer>;

  constructor(connection: Connection) {
    this.model = connection.models.Volunteer ?? connection.model<Volunteer>('Volunteer', VolunteerSchema);
  }

  /** Stores a new volunteer and its events in one atomic write. */
  async create(volunteer: Volunteer, events: OutboxEntry[]): Promise<void> {
    try {
      await this.model.create({ ...volunteer, _outbox: events });
    } catch (e) {
      if (e instanceof mongo.MongoServerError && e.code === 11000) throw conflict('This person is already enrolled as a volunteer in this promotion');
      throw e;
    }
  }

  /**
   * Idempotent insert for imports: inserts the volunteer (with its events) unless a document with
   * the same deterministic id exists already, in which case nothing changes. Returns true when inserted.
   */
  async insertIfAbsent(volunteer: Volunteer, events: OutboxEntry[]): Promise<boolean> {
    const { _id, territoryId, ...rest } = volunteer;
    const res = await this.model.updateOne(
      { _id, territoryId } as FilterQuery<Volunteer>,
      { $setOnInsert: { ...rest, _outbox: events } },
      { upsert: true },
    );
    return res.upsertedCount === 1;
  }

  /** `extra` narrows the scope further (a reach's filter: self, own company…). */
  async findById(scope: TenantScope, id: string, extra: FilterQuery<Volunteer> = {}): Promise<Volunteer | null> {
    return this.model.findOne(scoped<Volunteer>(scope, { $and: [extra, { _id: id }] })).lean<Volunteer>();
  }

  /** The principal's own enrolments: `filter` is the `self` reach (verified email or account subject). */
  async findOwn(scope: TenantScope, filter: FilterQuery<Volunteer>): Promise<Volunteer[]> {
    return this.model.find(scoped<Volunteer>(scope, filter)).sort({ createdAt: -1 }).limit(10).lean<Volunteer[]>();
  }

  async search(scope: TenantScope, f: VolunteerFilter, paging: Paging, extra: FilterQuery<Volunteer> = {}): Promise<{ items: Volunteer[]; total: number }> {
    const filter = scoped<Volunteer>(scope, { $and: [volunteerFilter(f), extra] });
    const [items, total] = await Promise.all([
      this.model.find(filter).sort(paging.sort).skip(paging.skip).limit(paging.limit).lean<Volunteer[]>(),
      this.model.countDocuments(filter),
    ]);
    return { items, total };
  }

  /** For exports: every match up to `max` (the caller refuses larger exports). */
  async all(scope: TenantScope, f: VolunteerFilter, max: number): Promise<{ items: Volunteer[]; total: number }> {
    const filter = scoped<Volunteer>(scope, volunteerFilter(f));
    const total = await this.model.countDocuments(filter);
    const items = total > max ? [] : await this.model.find(filter).sort({ createdAt: 1, _id: 1 }).lean<Volunteer[]>();
    return { items, total };
  }

  /** Enrolled, trained or active (not withdrawn) volunteers of a promotion. */
  async matchable(scope: TenantScope, promotionId: string, extra: FilterQuery<Volunteer> = {}): Promise<Volunteer[]> {
    return this.model
      .find(scoped<Volunteer>(scope, { $and: [extra, { promotionId, status: { $in: ['enrolled', 'trained', 'active'] } }] }))
      .sort({ createdAt: 1, _id: 1 })
      .limit(1000)
      .lean<Volunteer[]>();
  }

  /** Existing enrolments of the promotion among the given emails: email → id. */
  async idsByEmail(scope: TenantScope, promotionId: string, emails: readonly string[]): Promise<Map<string, string>> {
    if (emails.length === 0) return new Map();
    const found = await this.model
      .find(scoped<Volunteer>(scope, { promotionId, 'contact.email': { $in: [...emails] } }), { _id: 1, contact: 1 })
      .lean<Pick<Volunteer, '_id' | 'contact'>[]>();
    return new Map(found.map((v) => [v.contact.email, v._id]));
  }

  /**
   * Moves the volunteer from `from` to `to`, sets `set` and records the event, only if it is still
   * in `from` (compare-and-set). Returns false when it was not.
   */
  async transition(
    scope: TenantScope,
    id: string,
    from: VolunteerStatus,
    to: VolunteerStatus,
    by: string,
    set: Partial<Volunteer>,
    event: OutboxEntry | undefined,
  ): Promise<boolean> {
    const res = await this.model.updateOne(scoped<Volunteer>(scope, { _id: id, status: from }), {
      $set: { ...set, status: to, updatedAt: new Date() },
      $push: { history: { status: to, at: new Date(), by }, ...(event ? { _outbox: event } : {}) },
    });
    return res.modifiedCount === 1;
  }

  /** Profile changes (no status change); refused once withdrawn. Returns false when not found there. */
  async update(scope: TenantScope, id: string, set: Partial<Volunteer>, extra: FilterQuery<Volunteer> = {}): Promise<boolean> {
    const res = await this.model.updateOne(scoped<Volunteer>(scope, { $and: [extra, { _id: id, status: { $ne: 'withdrawn' } }] }), { $set: { ...set, updatedAt: new Date() } });
    return res.matchedCount === 1;
  }
}
