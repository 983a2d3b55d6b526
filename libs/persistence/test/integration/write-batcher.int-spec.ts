import { Schema, type Connection, type Model } from 'mongoose';
import { databaseUri, randomLetters, testEnv } from '@jenjang/testing';
import {
  connectMongo,
  DuplicateKeyError,
  outboxSchemaFields,
  outboxSignals,
  WriteBatcher,
  type OutboxEntry,
  type OutboxStaged,
} from '../../src';

interface NoteDoc {
  _id: string;
  agencyId: string;
  text: string;
  outbox: OutboxEntry[];
}

const entry = (id: string): OutboxEntry => ({
  id,
  topic: 'test.note',
  key: 'emp-1',
  headers: { ce_id: id },
  payload: '{}',
  createdAt: new Date(),
});

// Writes made in the same turn go to the store as one bulkWrite, on the real store: each
// caller learns the fate of its own write, and the outbox relay is told of staged events.
describe(WriteBatcher.name, () => {
  let connection: Connection;
  let model: Model<NoteDoc>;
  const commands: string[] = [];

  beforeAll(async () => {
    connection = await connectMongo({
      uri: databaseUri(testEnv().mongoUri, `itest-batcher-${randomLetters()}`),
      appName: 'test',
    });
    const schema = new Schema<NoteDoc>({ _id: String, agencyId: String, text: String });
    schema.add(outboxSchemaFields);
    model = connection.model<NoteDoc>('Note', schema);
    await model.init();
    connection.getClient().on('commandStarted', (e: { commandName: string }) => {
      commands.push(e.commandName);
    });
  });

  afterAll(async () => {
    await connection?.dropDatabase();
    await connection?.close();
  });

  beforeEach(() => (commands.length = 0));

  const doc = (id: string, agencyId = 'AG1') => ({
    _id: id,
    agencyId,
    text: id,
    outbox: [] as OutboxEntry[],
  });

  it('should send the writes of one turn as one command, each caller settling with its own', async () => {
    const batcher = new WriteBatcher(model);
    await model.create(doc('taken'));
    commands.length = 0;

    const results = await Promise.allSettled([
      batcher.write({ insertOne: { document: doc('n-1') } }),
      batcher.write({ insertOne: { document: doc('taken') } }),
      batcher.write({ insertOne: { document: doc('n-2') } }),
      batcher.write({
        updateOne: { filter: { _id: 'taken', agencyId: 'AG1' }, update: { $set: { text: 'x' } } },
      }),
    ]);

    expect(commands.filter((c) => c !== 'hello' && c !== 'ismaster')).toEqual(['insert', 'update']);
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
    ]);
    expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(DuplicateKeyError);
    const stored = await model.find({}).sort({ _id: 1 }).lean();
    expect(stored.map((d) => [d._id, d.text])).toEqual([
      ['n-1', 'n-1'],
      ['n-2', 'n-2'],
      ['taken', 'x'],
    ]);
  });

  it('should send the writes made while a batch is at the store together, after its answer', async () => {
    const batcher = new WriteBatcher(model);
    const turn = () => new Promise((resolve) => setImmediate(resolve));
    // This test's inserts as the store was sent them (how many documents each), and how many
    // the store has answered: counted here, not from the other tests' commands.
    const inserts: number[] = [];
    let answered = 0;
    const started = (e: { commandName: string; command: { documents?: unknown[] } }) => {
      if (e.commandName === 'insert') inserts.push(e.command.documents?.length ?? 0);
    };
    const succeeded = (e: { commandName: string }) => {
      if (e.commandName === 'insert') answered += 1;
    };
    const client = connection.getClient();
    client.on('commandStarted', started);
    client.on('commandSucceeded', succeeded);
    const later: Promise<unknown>[] = [];
    try {
      // A first batch large enough (8 MB) to stay at the store for several turns.
      const first = Array.from({ length: 80 }, (_, i) =>
        batcher.write({
          insertOne: { document: { ...doc(`g-first-${i}`), text: 'x'.repeat(100_000) } },
        }),
      );
      while (inserts.length === 0) await turn();
      // Up to ten handlers writing one per turn while it is there: one command per turn before;
      // now they wait for its answer and go together (the store answers it hundreds of turns on).
      while (answered === 0 && later.length < 10) {
        later.push(batcher.write({ insertOne: { document: doc(`g-${later.length + 1}`) } }));
        await turn();
      }
      await Promise.all([...first, ...later]);
    } finally {
      client.off('commandStarted', started);
      client.off('commandSucceeded', succeeded);
    }

    expect(later.length).toBeGreaterThanOrEqual(2);
    expect(inserts).toEqual([80, later.length]);
    expect(await model.countDocuments({ _id: { $regex: '^g-' } })).toBe(80 + later.length);
  });

  it('should answer each upsert whether it inserted its document, a refused one among them', async () => {
    const batcher = new WriteBatcher(model);
    await model.create(doc('u-there'));
    const upsert = (id: string, guard: Record<string, unknown> = {}) =>
      batcher.write({
        updateOne: {
          filter: { _id: id, agencyId: 'AG1', ...guard },
          update: { $setOnInsert: { text: 'new', outbox: [] } },
          upsert: true,
        },
      });

    const results = await Promise.allSettled([
      upsert('u-new-1'),
      upsert('u-there'),
      upsert('u-there', { text: 'not this' }), // matches nothing, its insert is a duplicate
      upsert('u-new-2'),
    ]);

    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : 'refused'))).toEqual([
      { upserted: true },
      { upserted: false },
      'refused',
      { upserted: true },
    ]);
  });

  it('should tell the outbox relay of the documents whose writes staged events', async () => {
    const batcher = new WriteBatcher(model);
    await model.insertMany([doc('s-1'), doc('s-2', 'AG2')]);
    const signals: OutboxStaged[] = [];
    const listen = (s: OutboxStaged) => signals.push(s);
    outboxSignals.on('staged', listen);
    try {
      await Promise.all([
        batcher.write(
          {
            updateOne: {
              filter: { _id: 's-1', agencyId: 'AG1' },
              update: { $push: { outbox: entry('e-1') } },
            },
          },
          { id: 's-1' },
        ),
        batcher.write(
          {
            updateOne: {
              filter: { _id: 's-2', agencyId: 'AG2' },
              update: { $push: { outbox: entry('e-2') } },
            },
          },
          { id: 's-2' },
        ),
        batcher.write({
          updateOne: { filter: { _id: 's-1', agencyId: 'AG1' }, update: { $set: { text: 'y' } } },
        }),
      ]);
    } finally {
      outboxSignals.off('staged', listen);
    }

    expect(signals).toHaveLength(1);
    expect(signals[0]).toMatchObject({
      collection: model.collection.collectionName,
      ids: ['s-1', 's-2'],
      agencies: ['AG1', 'AG2'],
    });
    // Every update matched: the relay is told the events themselves and need not read them.
    expect(signals[0].entries.map((e) => e?.map((x) => x.id))).toEqual([['e-1'], ['e-2']]);
    const staged = await model.findOne({ _id: 's-1' }).lean();
    expect(staged?.outbox.map((e) => e.id)).toEqual(['e-1']);
  });

  it('should tell the events themselves only where the write shows it staged them', async () => {
    const batcher = new WriteBatcher(model);
    await model.insertMany([doc('t-1'), { ...doc('t-2'), outbox: [entry('old')] }]);
    const signals: OutboxStaged[] = [];
    const listen = (s: OutboxStaged) => signals.push(s);
    outboxSignals.on('staged', listen);
    const push = (id: string, event: string) => ({
      updateOne: {
        filter: { _id: id, agencyId: 'AG1' },
        update: { $push: { outbox: entry(event) } },
      },
    });
    try {
      // One update matches nothing: the store counts matches per batch, so no update of this
      // batch is told by its events; the upserts and the insert are.
      await Promise.all([
        batcher.write(push('t-1', 'e-t1'), { id: 't-1' }),
        batcher.write(push('missing', 'e-missing'), { id: 'missing' }),
        batcher.write(
          {
            updateOne: {
              filter: { _id: 't-3', agencyId: 'AG1' },
              update: { $setOnInsert: { text: 'new', outbox: [entry('e-t3')], outboxLease: null } },
              upsert: true,
            },
          },
          { id: 't-3' },
        ),
        batcher.write(
          {
            updateOne: {
              filter: { _id: 't-2', agencyId: 'AG1' },
              update: { $setOnInsert: { text: 'new', outbox: [entry('e-t2')] } },
              upsert: true,
            },
          },
          { id: 't-2' },
        ),
        batcher.write(
          { insertOne: { document: { ...doc('t-4'), outbox: [entry('e-t4')] } } },
          { id: 't-4' },
        ),
        batcher.write(
          {
            insertOne: {
              document: {
                ...doc('t-5'),
                outbox: [entry('e-held')],
                outboxLease: { owner: 'import-1', until: new Date(Date.now() + 60_000) },
              } as NoteDoc,
            },
          },
          { id: 't-5' },
        ),
      ]);
    } finally {
      outboxSignals.off('staged', listen);
    }

    expect(signals).toHaveLength(1);
    const told = Object.fromEntries(
      signals[0].ids.map((id, i) => [String(id), signals[0].entries[i]?.map((e) => e.id)]),
    );
    expect(told).toEqual({
      't-1': undefined, // matched, but the batch had an update that matched nothing
      missing: undefined,
      't-3': ['e-t3'], // inserted by the upsert
      't-2': undefined, // the upsert found the document: its $setOnInsert staged nothing
      't-4': ['e-t4'],
      't-5': undefined, // held by a lease (an import's): not to be published now
    });
  });

  it('should refuse a write that does not name its agency, writing nothing', async () => {
    const batcher = new WriteBatcher(model);

    await expect(
      batcher.write({
        insertOne: { document: { ...doc('no-agency'), agencyId: '' } },
      }),
    ).rejects.toThrow(/agency/);
    expect(await model.countDocuments({ _id: 'no-agency' })).toBe(0);
  });
});
