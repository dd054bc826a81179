import { Schema } from 'mongoose';
import { testServiceConfig, uniqueId } from '@binome/testing';
import { connectMongo, ensureIndexes } from './index';

/**
 * Seen once in CI (matching's bad-bodies spec): mongoose created a model's collection on its own
 * when the model was compiled (`autoCreate`), unawaited, while `ensureIndexes` created its first
 * index, and mongo-java-server refused one of the two creations of the same collection ("Document
 * with key '<db>.pairs' already existed in … system.namespaces"). A timing race: this spec did not
 * reproduce it on an idle machine before the fix; it checks the path many times over.
 */
describe('ensureIndexes on a fresh database', () => {
  it('When models are compiled and their indexes built at once, then every collection and index is created, with no creation race', async () => {
    const config = testServiceConfig('persistence');
    for (let round = 0; round < 20; round++) {
      const connection = await connectMongo(config.mongo.url, `${config.mongo.database}_${uniqueId('r')}`);
      try {
        for (let i = 0; i < 20; i++) {
          const schema = new Schema({ _id: String, territoryId: String, code: String }, { versionKey: false });
          schema.index({ territoryId: 1, code: 1 }, { unique: true });
          connection.model(`Thing${i}`, schema, `things_${i}`);
        }
        await ensureIndexes(connection);
        const db = connection.db;
        if (!db) throw new Error('not connected');
        const indexes = await db.collection('things_19').indexes();
        expect(indexes.map((x) => x.name)).toContain('territoryId_1_code_1');
      } finally {
        await connection.dropDatabase().catch(() => undefined);
        await connection.close();
      }
    }
  });
});
