import { Schema } from 'mongoose';
import { tenantGuard } from '@binome/persistence';
import type { MeetingGuide } from './meeting-guide.entity';

export const MeetingGuideSchema = new Schema<MeetingGuide>(
  {
    _id: { type: String, required: true },
    territoryId: { type: String, required: true },
    entries: [{ _id: false, stages: [String], need: String, volunteerText: String, beneficiaryText: String, resourceIds: [String] }],
    updatedBy: { type: String, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'meeting_guides', versionKey: false, minimize: false },
);
MeetingGuideSchema.plugin(tenantGuard);
