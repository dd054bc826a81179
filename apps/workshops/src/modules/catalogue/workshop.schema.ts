import { Schema } from 'mongoose';
import { readDefaults, tenantGuard } from '@binome/persistence';
import { COMPETENCIES, FORMATS, WORKSHOP_NEEDS, type Workshop } from './workshop.entity';

export const WorkshopSchema = new Schema<Workshop>(
  {
    _id: { type: String, required: true },
    territoryId: { type: String, required: true },
    slug: { type: String, required: true },
    title: { type: String, required: true },
    objectives: [String],
    needs: [{ type: String, enum: WORKSHOP_NEEDS }],
    competencies: [{ type: String, enum: COMPETENCIES }],
    durationMinutes: { type: Number, required: true },
    format: { type: String, enum: FORMATS, required: true },
    language: { type: String, required: true },
    offeredByPartners: [String],
    invitesVolunteers: { type: Boolean, required: true },
    active: { type: Boolean, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'workshops', versionKey: false, minimize: false },
);
WorkshopSchema.plugin(tenantGuard);
WorkshopSchema.index({ territoryId: 1, slug: 1 }, { unique: true });
readDefaults<Workshop>(WorkshopSchema, (d) => {
  d.objectives ??= [];
  d.needs ??= [];
  d.competencies ??= [];
  d.offeredByPartners ??= [];
});
