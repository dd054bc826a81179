import { Schema } from 'mongoose';
import { tenantGuard } from '@binome/persistence';
import type { WorkshopAttendance } from './workshop-attendance.entity';

export const WorkshopAttendanceSchema = new Schema<WorkshopAttendance>(
  {
    _id: { type: String, required: true },
    territoryId: { type: String, required: true },
    personId: { type: String, required: true },
    competencies: [String],
    updatedAt: { type: Date, required: true },
  },
  { collection: 'workshop_attendance', versionKey: false, minimize: false },
);
WorkshopAttendanceSchema.plugin(tenantGuard);
