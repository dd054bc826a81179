import { Schema } from 'mongoose';
import { tenantGuard } from '@binome/persistence';
import { outboxPlugin } from '@binome/outbox';
import { OUTCOME_KINDS } from './outcome-typology';
import type { Outcome } from './outcome.entity';

export const OutcomeSchema = new Schema<Outcome>(
  {
    _id: { type: String, required: true },
    territoryId: { type: String, required: true },
    promotionId: { type: String, required: true },
    pairId: { type: String, required: true },
    beneficiaryId: { type: String, required: true },
    kind: { type: String, enum: OUTCOME_KINDS, required: true },
    startedOn: { type: String, required: true },
    evidence: String,
    evidenceProvided: { type: Boolean, required: true },
    recordedBy: { type: String, required: true },
    recordedAt: { type: Date, required: true },
  },
  { collection: 'outcomes', versionKey: false },
);
OutcomeSchema.plugin(tenantGuard);
OutcomeSchema.plugin(outboxPlugin);
OutcomeSchema.index({ territoryId: 1, pairId: 1 });
OutcomeSchema.index({ territoryId: 1, beneficiaryId: 1 });
