import { Schema } from 'mongoose';
import { outboxPlugin } from '@binome/outbox';
import { tenantGuard } from '@binome/persistence';
import { AUDIENCES, RESOURCE_TOPICS, type Resource } from './resource.entity';

const StoredFileSchema = new Schema(
  { fileId: String, filename: String, contentType: String, size: Number, sha256: String },
  { _id: false },
);
const VersionSchema = new Schema(
  {
    version: { type: Number, required: true },
    kind: { type: String, enum: ['markdown', 'file'], required: true },
    markdown: String,
    html: String,
    file: StoredFileSchema,
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { _id: false },
);

export const ResourceSchema = new Schema<Resource>(
  {
    _id: { type: String, required: true },
    territoryId: { type: String, required: true },
    title: { type: String, required: true },
    summary: String,
    audiences: [{ type: String, enum: AUDIENCES }],
    language: { type: String, required: true },
    topics: [{ type: String, enum: RESOURCE_TOPICS }],
    versions: [VersionSchema],
    latestVersion: { type: Number, required: true },
    // A sub-schema without default: a draft has no `publication` at all (minimize is off).
    publication: { type: new Schema({ version: Number, by: String, at: Date }, { _id: false }), default: undefined },
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'resources', versionKey: false, minimize: false },
);
ResourceSchema.plugin(tenantGuard);
ResourceSchema.plugin(outboxPlugin);
ResourceSchema.index({ territoryId: 1, audiences: 1, language: 1 });
ResourceSchema.index({ territoryId: 1, topics: 1 });
