import { Schema } from 'mongoose';
import { readDefaults, tenantGuard } from '@binome/persistence';
import type { PersonMeeting } from './person-meeting.entity';

export const PersonMeetingSchema = new Schema<PersonMeeting>(
  {
    _id: { type: String, required: true },
    territoryId: { type: String, required: true },
    personIds: [String],
    beneficiaryId: String,
    startsAt: Date,
    endsAt: Date,
    status: { type: String, required: true },
    topics: [String],
  },
  { collection: 'person_meetings', versionKey: false, minimize: false },
);
PersonMeetingSchema.plugin(tenantGuard);
PersonMeetingSchema.index({ territoryId: 1, personIds: 1, startsAt: 1 });
PersonMeetingSchema.index({ territoryId: 1, beneficiaryId: 1, status: 1 });
readDefaults<PersonMeeting>(PersonMeetingSchema, (d) => {
  d.personIds ??= [];
  d.topics ??= [];
});
