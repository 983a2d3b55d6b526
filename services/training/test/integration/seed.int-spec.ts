import type { Connection } from 'mongoose';
import { appraisalFinalizedV1, NATIONAL_COMPETENCIES } from '@jenjang/contracts';
import { MONGO_CONNECTION } from '@jenjang/persistence';
import { randomLetters, waitUntil } from '@jenjang/testing';
import {
  DEMO_AGENCY_ID,
  DEMO_PROVINCE_AGENCY_ID,
  seedTrainingDemo,
} from '../../src/seed/seed-training-demo';
import { finalized, publish, TrainingApp } from '../support/training-app';

type Item = { programId: string; form: string; nextSession: { startsAt: string } | null };
type SetView = { focus: string; items: Item[] };

describe('seed:training (demo catalog)', () => {
  let training: TrainingApp;
  let connection: Connection;
  let admin: string;
  const now = new Date();

  beforeAll(async () => {
    training = await new TrainingApp().start({ RECOMMENDATION_GRACE_MS: '500' });
    connection = training.app.get<Connection>(MONGO_CONNECTION);
    admin = await TrainingApp.token(DEMO_AGENCY_ID, undefined, 'ADMIN_INSTANSI');
  });

  afterAll(async () => {
    await training?.stop();
  });

  async function setOf(employeeId: string): Promise<SetView> {
    return waitUntil('a recommendation set', async () => {
      const res = await training
        .http()
        .get(`/api/v1/recommendation-sets?employeeId=${employeeId}`)
        .auth(admin, { type: 'bearer' });
      return (res.body as SetView[])[0];
    });
  }

  it('should load programs and future sessions once, and insert nothing when run again', async () => {
    const first = await seedTrainingDemo(connection, { now });
    const programs = await connection.collection('programs').find().sort({ _id: 1 }).toArray();
    const sessions = await connection.collection('sessions').find().sort({ _id: 1 }).toArray();

    expect(first.inserted).toEqual({ programs: programs.length, sessions: sessions.length });
    expect(programs.length).toBeGreaterThanOrEqual(12);
    expect(programs.filter((p) => p.availability === 'PROVINCE').length).toBeGreaterThan(0);
    expect(programs.filter((p) => p.agencyId === DEMO_AGENCY_ID).length).toBeGreaterThan(0);
    expect(
      programs
        .filter((p) => p.availability === 'PROVINCE')
        .every((p) => p.agencyId === DEMO_PROVINCE_AGENCY_ID),
    ).toBe(true);
    const national = new Set<string>(NATIONAL_COMPETENCIES.map((c) => c.code));
    const developed = new Set(
      programs.flatMap((p) =>
        (p.competencies as { competencyCode: string }[]).map((c) => c.competencyCode),
      ),
    );
    expect([...developed].sort()).toEqual([...national].sort());
    for (const s of sessions)
      expect((s as unknown as { startsAt: Date }).startsAt.getTime()).toBeGreaterThan(
        now.getTime(),
      );
    expect(new Set(sessions.map((s) => s.programId as string)).size).toBe(programs.length);

    const second = await seedTrainingDemo(connection, { now: new Date(now.getTime() + 60_000) });
    expect(second.inserted).toEqual({ programs: 0, sessions: 0 });
    expect(await connection.collection('programs').find().sort({ _id: 1 }).toArray()).toEqual(
      programs,
    );
    expect(await connection.collection('sessions').find().sort({ _id: 1 }).toArray()).toEqual(
      sessions,
    );
  });

  it('should list the seeded catalog to the demo agency over the API', async () => {
    const res = await training.http().get('/api/v1/programs').auth(admin, { type: 'bearer' });
    expect(res.status).toBe(200);
    expect((res.body as unknown[]).length).toBe(13);
  });

  it('should recommend seeded programs to a demo employee with a weak appraisal', async () => {
    const weak = finalized({
      agencyId: DEMO_AGENCY_ID,
      predikat: 'BUTUH_PERBAIKAN',
      ratingHasilKerja: 'DI_BAWAH_EKSPEKTASI',
      ratingPerilakuKerja: 'SESUAI_EKSPEKTASI',
      employeeId: `emp-${randomLetters()}`,
    });
    await publish(appraisalFinalizedV1.topic, appraisalFinalizedV1.type, weak);
    const set = await setOf(weak.employeeId);

    expect(set.focus).toBe('IMPROVEMENT');
    expect(set.items.length).toBeGreaterThanOrEqual(3);
    const ids = set.items.map((i) => i.programId);
    expect(ids).toContain(`${DEMO_PROVINCE_AGENCY_ID}.manajemen-kinerja-hasil`);
    for (const i of set.items.filter((x) => x.nextSession)) {
      expect(new Date(i.nextSession!.startsAt).getTime()).toBeGreaterThan(now.getTime());
    }
  });

  it('should lead with coaching or counselling for a KURANG_MISCONDUCT predikat', async () => {
    const misconduct = finalized({ agencyId: DEMO_AGENCY_ID }); // the example: KURANG_MISCONDUCT
    await publish(appraisalFinalizedV1.topic, appraisalFinalizedV1.type, misconduct);
    const set = await setOf(misconduct.employeeId);

    expect(set.focus).toBe('REMEDIAL');
    expect(['COACHING', 'KONSELING', 'MENTORING']).toContain(set.items[0].form);
  });
});
