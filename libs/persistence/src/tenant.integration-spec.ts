import { Schema, type Connection } from 'mongoose';
import { testServiceConfig } from '@binome/testing';
import { allTerritories, connectMongo, scoped, tenantGuard, territory } from './index';

interface Note {
  territoryId: string;
  text: string;
}

describe('tenant guard against the real database', () => {
  let connection: Connection;
  const NoteSchema = new Schema<Note>({ territoryId: String, text: String });
  NoteSchema.plugin(tenantGuard);

  beforeAll(async () => {
    const c = testServiceConfig('persistence');
    connection = await connectMongo(c.mongo.url, c.mongo.database, c.mongo);
    const Note = connection.model('Note', NoteSchema);
    await Note.create([
      { territoryId: 'rennes', text: 'r1' },
      { territoryId: 'rennes', text: 'r2' },
      { territoryId: 'paris', text: 'p1' },
    ]);
  });

  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  it('When a query has no territory filter, then it is refused before reaching the database', async () => {
    const Note = connection.model<Note>('Note');
    await expect(Note.find({ text: 'p1' })).rejects.toThrow(/Tenant guard: find on Note/);
    await expect(Note.countDocuments({})).rejects.toThrow(/Tenant guard/);
    await expect(Note.updateMany({}, { text: 'x' })).rejects.toThrow(/Tenant guard/);
    await expect(Note.deleteMany({})).rejects.toThrow(/Tenant guard/);
    await expect(Note.aggregate([{ $group: { _id: '$territoryId' } }])).rejects.toThrow(/Tenant guard/);
  });

  it('When a Rennes scope asks for a Paris document by text, then nothing is returned', async () => {
    const Note = connection.model<Note>('Note');
    expect(await Note.find(scoped<Note>(territory('rennes'), { text: 'p1' })).lean()).toEqual([]);
    expect(await Note.countDocuments(scoped<Note>(territory('rennes')))).toBe(2);
  });

  it('When the scope is every territory, then all documents are visible', async () => {
    const Note = connection.model<Note>('Note');
    expect(await Note.countDocuments(scoped<Note>(allTerritories))).toBe(3);
  });

  it('When a document is saved without a territory, then validation refuses it', async () => {
    const Note = connection.model<Note>('Note');
    await expect(Note.create({ text: 'orphan' })).rejects.toThrow(/territoryId/);
  });

  it('When a system process opts out explicitly, then it may span territories', async () => {
    const Note = connection.model<Note>('Note');
    expect(await Note.countDocuments({}).setOptions({ crossTenant: true })).toBe(3);
  });
});
