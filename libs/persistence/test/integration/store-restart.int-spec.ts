import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { Collection } from 'mongoose';
import { freePort, waitUntil } from '@jenjang/testing';
import { connectMongo } from '../../src';

const ROOT = join(__dirname, '..', '..', '..', '..');
const INFRA = join(ROOT, 'deploy', 'infra');

/**
 * A development store of the spec's own (deploy/infra/mongo/JenjangMongoServer.java, compiled by
 * the infrastructure's install), on a free port and a throw-away data directory, so that it can
 * be stopped and started again without touching the store the other specs share.
 */
class OwnStore {
  readonly dir = mkdtempSync(join(tmpdir(), 'jenjang-store-restart-'));
  port = 0;
  private child?: ChildProcess;
  private output = '';

  get uri(): string {
    return `mongodb://127.0.0.1:${this.port}/restartcheck`;
  }

  async start(): Promise<void> {
    this.port ||= await freePort();
    const classpath = [join(INFRA, 'target', 'classes'), join(INFRA, 'jars', '*')].join(delimiter);
    const child = spawn(
      'java',
      [
        '-Xms64m',
        '-Xmx256m',
        '-XX:+UseSerialGC',
        '-cp',
        classpath,
        'JenjangMongoServer',
        this.dir,
        String(this.port),
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.child = child;
    child.stdout?.on('data', (b: Buffer) => (this.output += b.toString()));
    child.stderr?.on('data', (b: Buffer) => (this.output += b.toString()));
    await waitUntil(
      'the store listening',
      async () => {
        if (child.exitCode !== null) throw new Error(`the store exited:\n${this.output}`);
        return this.output.includes('JenjangMongoServer: listening');
      },
      60_000,
    );
  }

  /** SIGTERM: the store commits and closes its file, as `infra down` has it do. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await exited;
  }

  async dispose(): Promise<void> {
    if (this.child && this.child.exitCode === null) this.child.kill('SIGKILL');
    rmSync(this.dir, { recursive: true, force: true });
  }
}

interface Doc {
  _id: string;
  agencyId: string;
  n: number;
  tags: string[];
  nested: { round: number; note: string };
  gone?: boolean;
}

// The store writes documents and index keys as BSON of its own encoding (issue 12), and the
// server updates a stored document by changing that object in place: a cache of a document's
// bytes between page writes once lost most updates across a restart. Every kind of write the
// services make must be what a restart reads back, by _id and through a unique index.
describe('the development store, stopped and started again', () => {
  const store = new OwnStore();
  const N = 2_000;
  const id = (i: number) => `pegawai-${i}-é`;
  const expected = new Map<string, Doc>();

  beforeAll(() => store.start(), 90_000);
  afterAll(() => store.dispose());

  const withClient = async <T>(fn: (docs: Collection<Doc>) => Promise<T>) => {
    const connection = await connectMongo({ uri: store.uri, appName: 'test' });
    try {
      return await fn(connection.collection<Doc>('docs'));
    } finally {
      await connection.close();
    }
  };

  it('should read back every insert, update, upsert, replace and delete after the restart', async () => {
    await withClient(async (docs) => {
      await docs.createIndex({ agencyId: 1, n: 1 }, { unique: true });
      const all = Array.from({ length: N }, (_, i): Doc => ({
        _id: id(i),
        agencyId: `AG-${i % 7}`,
        n: i,
        tags: ['baru'],
        nested: { round: 0, note: 'awal' },
      }));
      await docs.insertMany(all);
      for (const d of all) expected.set(d._id, structuredClone(d));

      // Several rounds on the same documents, so that pages are written, read and written again.
      for (let round = 1; round <= 3; round++) {
        for (let i = round; i < N; i += 3) {
          const key = id(i);
          const e = expected.get(key)!;
          if (i % 2 === 0) {
            await docs.updateOne(
              { _id: key, agencyId: e.agencyId },
              { $set: { 'nested.round': round, n: -i - round * N }, $push: { tags: `r${round}` } },
            );
            e.nested.round = round;
            e.n = -i - round * N;
            e.tags.push(`r${round}`);
          } else {
            const before = await docs.findOneAndUpdate(
              { _id: key },
              { $set: { nested: { round, note: `catatan ${round}` } }, $unset: { gone: '' } },
            );
            expect(before?.nested.round).toBe(e.nested.round);
            e.nested = { round, note: `catatan ${round}` };
          }
        }
      }
      for (let i = 0; i < N; i += 50) {
        const key = id(i);
        const e = expected.get(key)!;
        const replaced: Doc = { ...e, tags: ['diganti'], gone: true };
        await docs.replaceOne({ _id: key }, replaced);
        expected.set(key, replaced);
      }
      for (let i = 25; i < N; i += 50) {
        await docs.deleteOne({ _id: id(i) });
        expected.delete(id(i));
      }
      for (let i = N; i < N + 30; i++) {
        const d: Doc = {
          _id: id(i),
          agencyId: 'AG-baru',
          n: i,
          tags: [],
          nested: { round: 9, note: 'upsert' },
        };
        await docs.updateOne({ _id: d._id }, { $setOnInsert: d }, { upsert: true });
        expected.set(d._id, d);
      }
    });

    await store.stop();
    await store.start();

    await withClient(async (docs) => {
      expect(await docs.countDocuments()).toBe(expected.size);
      const stored = new Map((await docs.find().toArray()).map((d) => [d._id, d]));
      const wrong = [...expected.values()].filter(
        (e) => JSON.stringify(stored.get(e._id)) !== JSON.stringify(e),
      );
      expect(wrong.map((e) => [e, stored.get(e._id)]).slice(0, 3)).toEqual([]);
      // By _id and through the unique index, as the services look documents up.
      for (let i = 1; i < N + 30; i += 97) {
        const e = expected.get(id(i));
        if (!e) continue;
        expect(await docs.findOne({ _id: e._id, agencyId: e.agencyId })).toEqual(e);
        expect(await docs.findOne({ agencyId: e.agencyId, n: e.n })).toEqual(e);
      }
      await expect(
        docs.insertOne({ ...expected.get(id(1))!, _id: 'another' }),
      ).rejects.toMatchObject({ code: 11000 });
    });
  }, 180_000);
});
