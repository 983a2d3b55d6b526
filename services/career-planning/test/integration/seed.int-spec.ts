import type { Connection } from 'mongoose';
import { employeePlacedV1 } from '@jenjang/contracts';
import { connectMongo, type OutboxEntry } from '@jenjang/persistence';
import { databaseUri, randomLetters, testEnv } from '@jenjang/testing';
import { seedCareerDemo } from '../../src/seed/seed-career-demo';

describe('seedCareerDemo', () => {
  let connection: Connection;
  const agencyId = `demo-${randomLetters(6)}`;
  const options = { agencyId, now: new Date('2026-11-23T10:00:00Z') };

  beforeAll(async () => {
    connection = await connectMongo({
      uri: databaseUri(testEnv().mongoUri, `itest-career-seed-${randomLetters()}`),
      appName: 'itest-seed',
    });
  });

  afterAll(async () => {
    // Clean-up only: the dev store sometimes fails a drop ("index not found with name [_id_]").
    await connection.db?.dropDatabase().catch(() => undefined);
    await connection?.close();
  });

  it('should load positions, one placement and a potential per demo employee, and nothing twice', async () => {
    const first = await seedCareerDemo(connection, options);
    expect(first.inserted).toEqual({
      positions: 40,
      placements: 100,
      potentialAssessments: 100,
      ranks: 100,
    });
    expect(first.inserted).toEqual(first.planned);
    const keys = await connection.collection('positions').countDocuments({ agencyId, isKey: true });
    expect(keys).toBe(10);
    const placement = await connection
      .collection<{ _id: string; outbox: OutboxEntry[] }>('placements')
      .findOne({ agencyId });
    expect(placement?.outbox).toHaveLength(1);
    expect(employeePlacedV1.validate(JSON.parse(placement!.outbox[0].payload)).ok).toBe(true);

    const second = await seedCareerDemo(connection, { ...options, now: new Date() });
    expect(second.inserted).toEqual({
      positions: 0,
      placements: 0,
      potentialAssessments: 0,
      ranks: 0,
    });
    expect(second.eventsStaged).toBe(0);
  });
});
