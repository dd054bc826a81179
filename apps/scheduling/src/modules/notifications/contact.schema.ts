import { Schema } from 'mongoose';
import { tenantGuard } from '@binome/persistence';
import { LANGUAGES, PERSON_KINDS, type Contact } from './contact.entity';

export const ContactSchema = new Schema<Contact>(
  {
    _id: { type: String, required: true },
    territoryId: { type: String, required: true },
    personKind: { type: String, enum: PERSON_KINDS, required: true },
    personId: { type: String, required: true },
    email: { type: String, required: true },
    firstName: { type: String, required: true },
    language: { type: String, enum: LANGUAGES, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'contacts', versionKey: false },
);
ContactSchema.plugin(tenantGuard);
ContactSchema.index({ territoryId: 1, personKind: 1, email: 1 });
