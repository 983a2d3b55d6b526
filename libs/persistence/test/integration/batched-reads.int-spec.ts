import { Schema, type Connection, type Model } from 'mongoose';
import { databaseUri, randomLetters, testEnv } from '@jenjang/testing';
import { BatchedReads, connectMongo, tenantGuardPlugin } from '../../src';

interface CardDoc {
  _id: string;
  agencyId: string;
  owner: string;
  n: number;
}

// Reads of one turn share one query per agency, on the real store; each caller gets its own
// answer, and an agency never sees another's documents.
describe(BatchedReads.name, () => {
  let connection: Connection;
  let model: Model<CardDoc>;
  const finds: unknown[] = [];

  beforeAll(async () => {
    connection = await connectMongo({
      uri: databaseUri(testEnv().mongoUri, `itest-reads-${randomLetters()}`),
      appName: 'test',
    });
    const schema = new Schema<CardDoc>({ _id: String, agencyId: String, owner: String, n: Number });
    schema.plugin(tenantGuardPlugin);
    model = connection.model<CardDoc>('Card', schema);
    await model.init();
    await model.insertMany([
      { _id: 'c-1', agencyId: 'AG1', owner: 'emp-1', n: 2 },
      { _id: 'c-2', agencyId: 'AG1', owner: 'emp-1', n: 1 },
      { _id: 'c-3', agencyId: 'AG1', owner: 'emp-2', n: 1 },
      { _id: 'c-4', agencyId: 'AG2', owner: 'emp-1', n: 1 },
    ]);
    connection
      .getClient()
      .on('commandStarted', (e: { commandName: string; command: Record<string, unknown> }) => {
        if (e.commandName === 'find') finds.push(e.command.filter);
      });
  });

  afterAll(async () => {
    await connection?.dropDatabase();
    await connection?.close();
  });

  beforeEach(() => (finds.length = 0));

  const plain = (d: CardDoc) => `${d.agencyId}/${d._id}`;

  it('should answer reads by _id of one turn with one query per agency', async () => {
    const reads = new BatchedReads(model, '_id', plain);

    const answers = await Promise.all([
      reads.one('AG1', 'c-1'),
      reads.one('AG1', 'c-3'),
      reads.one('AG2', 'c-4'),
      reads.one('AG2', 'c-1'), // another agency's card: absent
      reads.one('AG1', 'missing'),
    ]);

    expect(answers).toEqual(['AG1/c-1', 'AG1/c-3', 'AG2/c-4', null, null]);
    expect(finds).toHaveLength(2);
  });

  it('should send the reads made while a query is at the store together, after its answer', async () => {
    const reads = new BatchedReads(model, '_id', plain);
    const turn = () => new Promise((resolve) => setImmediate(resolve));
    // A first query whose answer is large enough (8 MB) to take several turns to arrive.
    const blob = 'x'.repeat(100_000);
    await model.collection.insertMany(
      Array.from({ length: 80 }, (_, i) => ({ _id: `big-${i}`, agencyId: 'AG3', blob }) as never),
    );
    finds.length = 0;
    const first = reads.one('AG1', 'c-1');
    const others = Array.from({ length: 80 }, (_, i) => reads.one('AG3', `big-${i}`));
    while (finds.length === 0) await turn();
    // Reads in ten later turns while it is there: one query per turn before (11 in all); now
    // they wait for its answer and go together.
    const later: Promise<string | null>[] = [];
    for (let i = 0; i < 10; i++) {
      later.push(reads.one('AG1', i % 2 === 0 ? 'c-2' : 'c-3'));
      await turn();
    }

    expect(await first).toBe('AG1/c-1');
    expect(await Promise.all(others)).toEqual(others.map((_, i) => `AG3/big-${i}`));
    expect(await Promise.all(later)).toEqual(
      Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? 'AG1/c-2' : 'AG1/c-3')),
    );
    expect(finds.length).toBeLessThanOrEqual(3);
  });

  it('should answer every document with a value, in the given order', async () => {
    const reads = new BatchedReads(model, 'owner', plain, { sort: { n: 1 } });

    const [emp1, emp2, none] = await Promise.all([
      reads.all('AG1', 'emp-1'),
      reads.all('AG1', 'emp-2'),
      reads.all('AG1', 'emp-9'),
    ]);

    expect(emp1).toEqual(['AG1/c-2', 'AG1/c-1']);
    expect(emp2).toEqual(['AG1/c-3']);
    expect(none).toEqual([]);
    expect(finds).toHaveLength(1);
  });

  it('should see a write made before the read (nothing is cached beyond the turn)', async () => {
    const reads = new BatchedReads(model, '_id', (d: CardDoc) => d.n);
    expect(await reads.one('AG1', 'c-3')).toBe(1);

    await model.updateOne({ _id: 'c-3', agencyId: 'AG1' }, { $set: { n: 5 } });

    expect(await reads.one('AG1', 'c-3')).toBe(5);
  });
});
