import { Schema } from 'mongoose';

export const ContactSchema = new Schema({ name: String, email: String, phone: String, role: String }, { _id: false });

/** Multi-territory documents: a non-empty array of territory ids. */
export const territoriesPath = {
  type: [String],
  required: true,
  validate: { validator: (v: string[]) => Array.isArray(v) && v.length > 0, message: 'at least one territory' },
};
