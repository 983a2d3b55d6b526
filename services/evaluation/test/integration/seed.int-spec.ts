import type { Connection } from 'mongoose';
import { appraisalFinalizedV1 } from '@jenjang/contracts';
import { connectMongo, type OutboxEntry } from '@jenjang/persistence';
import { databaseUri, randomLetters, testEnv } from '@jenjang/testing';
import { APPRAISAL_STATUSES } from '../../src/appraisal/domain/appraisal';
import { SKP_STATUSES } from '../../src/skp/domain/skp-status';
import { seedEvaluationDemo } from '../../src/seed/seed-evaluation-demo';

type Row = { _id: string; status: string; year?: number; outbox?: OutboxEntry[] };

describe('seedEvaluationDemo', () => {
  let connection: Connection;
  const agencyId = `demo-${randomLetters(6)}`;
  const options = { agencyId, now: new Date('2026-11-23T10:00:00Z') };
  const rows = (name: string) =>
    connection.collection<Row>(name).find({ agencyId }).sort({ _id: 1 }).toArray();
  const byStatus = (docs: Row[]) =>
    docs.reduce<Record<string, number>>(
      (acc, d) => ({ ...acc, [d.status]: (acc[d.status] ?? 0) + 1 }),
      {},
    );

  beforeAll(async () => {
    connection = await connectMongo({
      uri: databaseUri(testEnv().mongoUri, `itest-evaluation-seed-${randomLetters()}`),
      appName: 'itest-seed',
    });
  });

  afterAll(async () => {
    // Clean-up only: the dev store sometimes fails a drop ("index not found with name [_id_]").
    await connection.db?.dropDatabase().catch(() => undefined);
    await connection?.close();
  });

  it('should load SKPs and appraisals in every state, and change nothing when run again', async () => {
    const first = await seedEvaluationDemo(connection, options);
    const skps = await rows('skps');
    const appraisals = await rows('appraisals');

    expect(first.inserted).toEqual({
      settings: 1,
      unitPerformance: 10,
      skps: skps.length,
      appraisals: appraisals.length,
    });
    expect(skps).toHaveLength(200);
    const thisYear = byStatus(skps.filter((s) => s.year === 2026));
    expect(Object.keys(thisYear).sort()).toEqual([...SKP_STATUSES].sort());
    expect(thisYear).toEqual(first.skpsByYearAndStatus['2026']);
    const states = byStatus(appraisals);
    expect(Object.keys(states).sort()).toEqual([...APPRAISAL_STATUSES].sort());
    expect(states.KEBERATAN).toBe(1);
    expect(appraisals.filter((a) => (a as { version?: number }).version === 2)).toHaveLength(1);
    const returned = await connection
      .collection('skps')
      .findOne({ agencyId, status: 'DIKEMBALIKAN' });
    expect(returned?.returnReason).toEqual(expect.stringMatching(/\w+/));

    const second = await seedEvaluationDemo(connection, { ...options, now: new Date() });
    expect(second.inserted).toEqual({ settings: 0, unitPerformance: 0, skps: 0, appraisals: 0 });
    expect(second.eventsStaged).toBe(0);
    expect(await rows('skps')).toEqual(skps);
    expect(await rows('appraisals')).toEqual(appraisals);
  });

  it('should stage one valid appraisal-finalized per FINAL appraisal and none for the others', async () => {
    const appraisals = await rows('appraisals');
    for (const a of appraisals) {
      const outbox = a.outbox ?? [];
      expect(outbox).toHaveLength(a.status === 'FINAL' ? 1 : 0);
      if (a.status !== 'FINAL') continue;
      expect(outbox[0]).toMatchObject({ id: `${a._id}:final`, topic: appraisalFinalizedV1.topic });
      expect(appraisalFinalizedV1.validate(JSON.parse(outbox[0].payload))).toMatchObject({
        ok: true,
      });
    }
  });

  it('should stage no event when asked not to publish the seeded history', async () => {
    const quiet = `demo-${randomLetters(6)}`;
    const summary = await seedEvaluationDemo(connection, {
      ...options,
      agencyId: quiet,
      publishFinalized: false,
    });
    expect(summary.eventsStaged).toBe(0);
    const staged = await connection
      .collection('appraisals')
      .countDocuments({ agencyId: quiet, 'outbox.0': { $exists: true } });
    expect(staged).toBe(0);
  });
});
