import type { Connection } from 'mongoose';
import { databaseUri, randomLetters, testEnv } from '@jenjang/testing';
import { connectMongo, isDuplicateKey } from '../../src';

// A service's first commands on a new database often arrive together: mongoose's index builds
// and the first inserts, on several connections. The development store once created the
// collection twice ("already existed in system.namespaces") or changed its index list under an
// insert (ConcurrentModificationException), and a seed or a test failed by chance. On the real
// store, many rounds of that race must all succeed, with the unique index in force afterwards.
describe('the store, when a new collection is created by several commands at once', () => {
  let connection: Connection;

  beforeAll(async () => {
    connection = await connectMongo({
      uri: databaseUri(testEnv().mongoUri, `itest-race-${randomLetters()}`),
      appName: 'test',
    });
  });

  afterAll(async () => {
    await connection?.close();
  });

  it('should answer every command and keep the unique index', async () => {
    const client = connection.getClient();
    const failures: string[] = [];
    for (let round = 0; round < 40; round++) {
      const db = client.db(`itest-race-${randomLetters()}-${round}`);
      const c = db.collection<{ _id?: unknown; a: number }>('c');
      const results = await Promise.allSettled([
        c.createIndex({ a: 1 }, { unique: true }),
        c.insertOne({ a: 1 }),
        db.collection('c').createIndex({ b: 1 }),
        c.insertOne({ a: 2 }),
        db.collection('d').insertOne({ a: 1 }),
        db.collection('d').createIndex({ a: 1 }, { unique: true }),
      ]);
      for (const r of results) {
        if (r.status === 'rejected') failures.push((r.reason as Error).message);
      }
      expect(await c.countDocuments({})).toBe(2);
      const again = await c.insertOne({ a: 1 }).catch((e: unknown) => e);
      expect(isDuplicateKey(again)).toBe(true);
      await db.dropDatabase();
    }
    expect(failures).toEqual([]);
  });
});
