import { Schema, type Connection } from 'mongoose';
import { TenantRepository, tenantGuard, territory, type TenantScope } from '@binome/persistence';
import { volunteerFactIdOf, type VolunteerFact } from './volunteer-fact.entity';

const VolunteerFactSchema = new Schema<VolunteerFact>(
  {
    _id: { type: String, required: true },
    territoryId: { type: String, required: true },
    volunteerId: { type: String, required: true },
    companyId: { type: String, default: '' },
    promotionId: { type: String, default: '' },
    trainedOn: Date,
    updatedAt: { type: Date, required: true },
  },
  { collection: 'volunteer_facts', versionKey: false },
);
VolunteerFactSchema.plugin(tenantGuard);
VolunteerFactSchema.index({ companyId: 1, territoryId: 1 });

export class VolunteerFactRepository extends TenantRepository<VolunteerFact> {
  constructor(connection: Connection) {
    super(connection, 'VolunteerFact', VolunteerFactSchema);
  }

  /** Idempotent: the first event creates the record, later ones set what they carry. */
  async record(territoryId: string, volunteerId: string, set: Partial<Pick<VolunteerFact, 'companyId' | 'promotionId' | 'trainedOn'>>) {
    const _id = volunteerFactIdOf(territoryId, volunteerId);
    const now = new Date();
    const created = await this.insertIfAbsent({ _id, territoryId, volunteerId, companyId: '', promotionId: '', ...set, updatedAt: now });
    if (!created) await this.compareAndSet(territory(territoryId), _id, {}, { $set: { ...set, updatedAt: now } });
  }

  async of(territoryId: string, volunteerId: string): Promise<VolunteerFact | null> {
    return this.findById(territory(territoryId), volunteerFactIdOf(territoryId, volunteerId));
  }

  /** The volunteers of a reach (company HR: their company's, in every territory). */
  async inReach(scope: TenantScope, filter: Record<string, unknown>, extra: Record<string, unknown>): Promise<VolunteerFact[]> {
    return this.findMany(scope, { $and: [filter, extra] }, { territoryId: 1, volunteerId: 1 });
  }
}
