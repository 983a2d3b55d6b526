import type { Connection } from 'mongoose';
import { connectMongo } from '@jenjang/persistence';
import { databaseUri, randomLetters, testEnv } from '@jenjang/testing';
import {
  IdempotencyKeyInUseError,
  IdempotencyKeyReusedError,
  type IdempotencyRecord,
  IdempotencyStore,
} from '../../src';

describe(IdempotencyStore.name, () => {
  let connection: Connection;
  let store: IdempotencyStore;
  let now = new Date('2025-03-01T08:00:00Z');
  const later = (ms: number) => (now = new Date(now.getTime() + ms));

  beforeAll(async () => {
    connection = await connectMongo({
      uri: databaseUri(testEnv().mongoUri, `itest-idem-store-${randomLetters()}`),
      appName: 'test',
    });
    store = new IdempotencyStore(
      connection.collection<IdempotencyRecord>('idempotency'),
      { ttlMs: 24 * 3600_000, lockMs: 60_000 },
      () => now,
    );
    await store.ensureIndexes();
  });

  afterAll(async () => {
    // Clean-up only: the dev store sometimes fails a drop ("index not found with name [_id_]").
    await connection.db?.dropDatabase().catch(() => undefined);
    await connection?.close();
  });

  it('should let a retry take the key over when the first holder died past its lock', async () => {
    const first = await store.begin('r-dead', 'fp');
    await expect(store.begin('r-dead', 'fp')).rejects.toThrow(IdempotencyKeyInUseError);

    later(61_000);
    const retry = await store.begin('r-dead', 'fp');

    expect(retry.kind).toBe('started');
    // The dead holder can no longer complete or release the key.
    expect(
      await store.complete('r-dead', first.kind === 'started' ? first.owner : '', { status: 201 }),
    ).toBe(false);
    await expect(store.begin('r-dead', 'fp')).rejects.toThrow(IdempotencyKeyInUseError);
  });

  it('should still refuse another body when the stale holder had a different one', async () => {
    await store.begin('r-stale-other', 'fp-a');
    later(61_000);

    await expect(store.begin('r-stale-other', 'fp-b')).rejects.toThrow(IdempotencyKeyReusedError);
  });

  it('should forget an answer after 24 hours even where the TTL monitor never runs', async () => {
    const first = await store.begin('r-old', 'fp');
    if (first.kind !== 'started') throw new Error('expected a fresh claim');
    await store.complete('r-old', first.owner, { status: 201, body: '{"n":1}' });
    expect(await store.begin('r-old', 'fp')).toEqual({
      kind: 'replay',
      response: { status: 201, body: '{"n":1}' },
    });

    later(24 * 3600_000 + 1);

    expect((await store.begin('r-old', 'fp-new')).kind).toBe('started');
  });
});
