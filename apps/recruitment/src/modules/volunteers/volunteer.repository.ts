import type { Connection } from 'mongoose';
import { scoped, TenantRepository, type Filter, type Paging, type TenantScope } from '@binome/persistence';
import type { OutboxEntry } from '@binome/outbox';
import { idsFilter, prefixSearch } from '@binome/http-server';
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

export function volunteerFilter(f: VolunteerFilter): Filter<Volunteer> {
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
export class VolunteerRepository extends TenantRepository<Volunteer> {
  constructor(connection: Connection) {
    // A second enrolment of the same person in the same promotion (unique index), online or imported.
    super(connection, 'Volunteer', VolunteerSchema, {
      duplicate: () => 'This person is already enrolled as a volunteer in this promotion',
    });
  }

  /** The principal's own enrolments: `filter` is the `self` reach (verified email or account subject). */
  async findOwn(scope: TenantScope, filter: Filter<Volunteer>): Promise<Volunteer[]> {
    return this.model.find(scoped<Volunteer>(scope, filter)).sort({ createdAt: -1, _id: 1 }).limit(10).lean<Volunteer[]>();
  }

  async search(
    scope: TenantScope,
    f: VolunteerFilter,
    paging: Paging,
    extra: Filter<Volunteer> = {},
  ): Promise<{ items: Volunteer[]; total: number }> {
    return this.findPage(scope, volunteerFilter(f), paging, extra);
  }

  /** For exports: every match up to `max` (the caller refuses larger exports). */
  async allMatching(scope: TenantScope, f: VolunteerFilter, max: number): Promise<{ items: Volunteer[]; total: number }> {
    return this.all(scope, volunteerFilter(f), { createdAt: 1 }, max);
  }

  /** Enrolled, trained or active (not withdrawn) volunteers of a promotion. */
  async matchable(scope: TenantScope, promotionId: string, extra: Filter<Volunteer> = {}): Promise<Volunteer[]> {
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
    note?: string,
  ): Promise<boolean> {
    const now = new Date();
    return this.compareAndSet(
      scope,
      id,
      { status: from },
      { $set: { ...set, status: to, updatedAt: now }, $push: { history: { status: to, at: now, by, ...(note ? { note } : {}) } } },
      event ? [event] : [],
    );
  }

  /** Profile changes (no status change); refused once withdrawn. Returns false when not found there. */
  async update(scope: TenantScope, id: string, set: Partial<Volunteer>, extra: Filter<Volunteer> = {}): Promise<boolean> {
    return this.compareAndSet(scope, id, { $and: [extra, { status: { $ne: 'withdrawn' } }] }, { $set: { ...set, updatedAt: new Date() } });
  }
}
