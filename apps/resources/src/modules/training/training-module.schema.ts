import { Schema } from 'mongoose';
import { outboxPlugin } from '@binome/outbox';
import { tenantGuard } from '@binome/persistence';
import { LEARNER_KINDS, type Completion, type TrainingModule } from './training-module.entity';

export const TrainingModuleSchema = new Schema<TrainingModule>(
  {
    _id: { type: String, required: true },
    territoryId: { type: String, required: true },
    title: { type: String, required: true },
    audience: { type: String, enum: LEARNER_KINDS, required: true },
    mandatory: { type: Boolean, required: true },
    parts: [{ _id: false, id: String, title: String, resourceId: String }],
    // The rule is a tagged union: stored as given (validated by the request schema).
    rule: { type: Schema.Types.Mixed, required: true },
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'training_modules', versionKey: false, minimize: false },
);
TrainingModuleSchema.plugin(tenantGuard);
TrainingModuleSchema.index({ territoryId: 1, audience: 1 });

export const CompletionSchema = new Schema<Completion>(
  {
    _id: { type: String, required: true },
    territoryId: { type: String, required: true },
    moduleId: { type: String, required: true },
    personKind: { type: String, enum: LEARNER_KINDS, required: true },
    personId: { type: String, required: true },
    partsRead: [String],
    attempts: [{ _id: false, at: Date, score: Number, passed: Boolean }],
    completedOn: String,
    recordedBy: String,
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'training_completions', versionKey: false, minimize: false },
);
CompletionSchema.plugin(tenantGuard);
CompletionSchema.plugin(outboxPlugin);
CompletionSchema.index({ territoryId: 1, moduleId: 1 });
