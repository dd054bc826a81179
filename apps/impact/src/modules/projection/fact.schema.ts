import { Schema } from 'mongoose';
import { tenantGuard } from '@binome/persistence';
import type { FactKind } from './fact.entity';

/** Collections of the projection (the application facts keep the name they had before the projection). */
export const FACT_COLLECTIONS: Record<FactKind, string> = {
  applications: 'application_facts',
  pairs: 'pair_facts',
  meetings: 'meeting_facts',
  volunteers: 'volunteer_facts',
  surveys: 'survey_facts',
  outcomes: 'outcome_facts',
  attendance: 'attendance_facts',
};

const INDEXES: Record<FactKind, Record<string, 1 | -1>[]> = {
  applications: [{ territoryId: 1, appliedAt: -1 }],
  pairs: [
    { territoryId: 1, promotionId: 1, startedOn: 1 },
    { territoryId: 1, beneficiaryId: 1 },
  ],
  meetings: [{ territoryId: 1, pairId: 1 }],
  volunteers: [{ territoryId: 1, companyId: 1 }],
  surveys: [
    { territoryId: 1, pairId: 1, wave: 1 },
    { territoryId: 1, personId: 1 },
  ],
  outcomes: [
    { territoryId: 1, pairId: 1 },
    { territoryId: 1, beneficiaryId: 1 },
  ],
  attendance: [{ territoryId: 1, personId: 1 }],
};

/**
 * Facts are written whole by the projection (replaced, never patched by a request), so their
 * schema only pins the key and the tenant; the shapes are the entities' (`fact.entity.ts`).
 */
export function factSchema(kind: FactKind): Schema {
  const schema = new Schema(
    { _id: { type: String, required: true }, territoryId: { type: String, required: true } },
    { collection: FACT_COLLECTIONS[kind], versionKey: false, strict: false, minimize: false },
  );
  schema.plugin(tenantGuard);
  for (const index of INDEXES[kind]) schema.index(index);
  return schema;
}

export const ErasedPersonSchema = new Schema(
  { _id: { type: String, required: true }, territoryId: { type: String, required: true }, erasedAt: { type: Date, required: true } },
  { collection: 'erased_people', versionKey: false },
);
ErasedPersonSchema.plugin(tenantGuard);
