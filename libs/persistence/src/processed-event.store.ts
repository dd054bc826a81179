import { Schema, type Connection, type Model } from 'mongoose';

interface ProcessedEvent {
  _id: string;
  group: string;
  eventId: string;
  processedAt: Date;
}

const ProcessedEventSchema = new Schema<ProcessedEvent>(
  {
    _id: { type: String, required: true },
    group: { type: String, required: true },
    eventId: { type: String, required: true },
    processedAt: { type: Date, required: true },
  },
  { versionKey: false, collection: 'processed_events' },
);

/**
 * Event ids a consumer group has already applied, keyed `<group>:<eventId>` (the primary key is the
 * unique index). Used by @binome/events' consumer to skip redeliveries.
 */
export class MongoProcessedEventStore {
  private readonly model: Model<ProcessedEvent>;

  constructor(connection: Connection) {
    this.model = connection.models.ProcessedEvent ?? connection.model<ProcessedEvent>('ProcessedEvent', ProcessedEventSchema);
  }

  async has(group: string, eventId: string): Promise<boolean> {
    return (await this.model.exists({ _id: `${group}:${eventId}` })) !== null;
  }

  async markProcessed(group: string, eventId: string): Promise<void> {
    await this.model.updateOne(
      { _id: `${group}:${eventId}` },
      { $setOnInsert: { group, eventId, processedAt: new Date() } },
      { upsert: true },
    );
  }
}
