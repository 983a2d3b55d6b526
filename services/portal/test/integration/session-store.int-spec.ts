import type session from 'express-session';
import mongoose, { type Connection } from 'mongoose';
import { databaseUri, randomLetters, testEnv } from '@jenjang/testing';
import { MongoSessionStore, type SessionDocument } from '../../src/session/mongo-session.store';

// Two portal replicas sharing the store: what one writes, the other reads.
describe(MongoSessionStore.name, () => {
  const uri = databaseUri(testEnv().mongoUri, `portal_sessions_${randomLetters(6)}`);
  let a: Connection;
  let b: Connection;
  let now = new Date('2026-03-01T08:00:00Z');
  const stores: MongoSessionStore[] = [];

  const call = <T>(fn: (done: (err: unknown, value?: T) => void) => void) =>
    new Promise<T | undefined>((resolve, reject) =>
      fn((err, value) =>
        err ? reject(err instanceof Error ? err : new Error('store')) : resolve(value),
      ),
    );
  const data = (expires: Date, name: string) =>
    ({
      cookie: { originalMaxAge: 3_600_000, expires, httpOnly: true, path: '/' },
      user: { subject: name, name, agencyId: 'ag', roles: ['PEGAWAI'] },
      csrf: `csrf-${name}`,
    }) as unknown as session.SessionData;

  beforeAll(async () => {
    [a, b] = await Promise.all([
      mongoose.createConnection(uri).asPromise(),
      mongoose.createConnection(uri).asPromise(),
    ]);
    for (const c of [a, b]) {
      const sessions = c.db!.collection<SessionDocument>('portal_sessions');
      await MongoSessionStore.ensureIndexes(sessions);
      stores.push(new MongoSessionStore(sessions, 3_600_000, () => now));
    }
  });

  afterAll(async () => {
    await a?.dropDatabase();
    await Promise.all([a?.close(), b?.close()]);
  });

  it('should give the other replica the session one replica saved, until it is destroyed', async () => {
    const [one, two] = stores;
    const sid = `sid-${randomLetters(10)}`;
    await call((done) => one.set(sid, data(new Date('2026-03-01T09:00:00Z'), 'siti'), done));

    const read = await call<session.SessionData | null>((done) => two.get(sid, done));
    expect(read).toMatchObject({ user: { subject: 'siti' }, csrf: 'csrf-siti' });

    await call((done) => two.destroy(sid, done));
    expect(await call((done) => one.get(sid, done))).toBeNull();
  });

  it('should not hand out a session past its expiry, and a touch should extend it', async () => {
    const [one, two] = stores;
    const sid = `sid-${randomLetters(10)}`;
    await call((done) => one.set(sid, data(new Date('2026-03-01T08:30:00Z'), 'budi'), done));
    await call((done) => two.touch(sid, data(new Date('2026-03-01T10:00:00Z'), 'budi'), done));

    now = new Date('2026-03-01T09:00:00Z');
    expect(await call((done) => one.get(sid, done))).toMatchObject({ csrf: 'csrf-budi' });
    now = new Date('2026-03-01T10:00:01Z');
    expect(await call((done) => two.get(sid, done))).toBeNull();
  });
});
