import { Schema } from 'mongoose';
import { tenantGuard } from '@binome/persistence';
import { outboxPlugin } from '@binome/outbox';
import { WAVES } from './questionnaire';
import { SURVEY_STATUSES, type Survey } from './survey.entity';

export const SurveySchema = new Schema<Survey>(
  {
    _id: { type: String, required: true },
    territoryId: { type: String, required: true },
    promotionId: { type: String, required: true },
    pairId: { type: String, required: true },
    personId: { type: String, required: true },
    respondent: { type: String, enum: ['beneficiary', 'volunteer'], required: true },
    wave: { type: String, enum: WAVES, required: true },
    dueOn: { type: String, required: true },
    status: { type: String, enum: SURVEY_STATUSES, required: true },
    konnecteurId: String,
    questionnaireId: { type: String, required: true },
    questionnaireVersion: { type: Number, required: true },
    answers: { type: Schema.Types.Mixed },
    textAnswers: { type: Schema.Types.Mixed },
    answeredAt: Date,
    answeredThrough: String,
    link: { _id: false, tokenHash: String, language: String, createdAt: Date },
    remindedOn: String,
    lastRemindedOn: String,
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'surveys', versionKey: false, minimize: false },
);
SurveySchema.plugin(tenantGuard);
SurveySchema.plugin(outboxPlugin);
SurveySchema.index({ territoryId: 1, pairId: 1 });
SurveySchema.index({ territoryId: 1, konnecteurId: 1, status: 1, dueOn: 1 });
SurveySchema.index({ territoryId: 1, personId: 1 });
// Exactly the fields of the answer's compare-and-set: the embedded engine serves a filter from an
// index only when its fields are a unique index's; redundant on MongoDB (`_id` is unique alone).
SurveySchema.index({ territoryId: 1, _id: 1, status: 1 }, { unique: true, name: 'territory_id_status' });
SurveySchema.index({ status: 1, dueOn: 1 });
// The personal link's token digest finds its survey across territories (the link carries no territory).
SurveySchema.index({ 'link.tokenHash': 1 }, { unique: true, sparse: true });
