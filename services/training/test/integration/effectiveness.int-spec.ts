import { randomUUID } from 'node:crypto';
import { appraisalFinalizedV1 } from '@jenjang/contracts';
import { randomLetters, waitUntil } from '@jenjang/testing';
import { finalized, publish, TrainingApp } from '../support/training-app';

const AGENCY = `ag-${randomLetters()}`;
const bearer = { type: 'bearer' as const };
const key = () => `k-${randomLetters()}`;

type Row = {
  programId: string;
  completions: number;
  level3: {
    n: number;
    improved: number;
    worse: number;
    pending: number;
    meanChange: number | null;
  };
  level1: { responses: number; meanRelevance: number | null };
  level2: { scored: number; meanScore: number | null };
};

describe('program effectiveness (Kirkpatrick 1-4)', () => {
  let training: TrainingApp;
  let admin: string;
  const employeeId = `emp-${randomLetters()}`;
  const programId = `${AGENCY}.kinerja`;
  const post = (path: string, token: string, body: object = {}) =>
    training.http().post(path).auth(token, bearer).set('Idempotency-Key', key()).send(body);
  const report = async () =>
    (
      await training
        .http()
        .get(`/api/v1/agencies/${AGENCY}/reports/program-effectiveness?programId=${programId}`)
        .auth(admin, bearer)
    ).body as Row[];
  const appraisal = (
    year: number,
    hasil: 'DI_BAWAH_EKSPEKTASI' | 'SESUAI_EKSPEKTASI' | 'DI_ATAS_EKSPEKTASI',
    perilaku: typeof hasil,
    finalizedAt: string,
    correctionOf: string | null = null,
  ) => {
    const base = finalized({ agencyId: AGENCY, employeeId });
    return {
      ...base,
      correctionOf,
      version: correctionOf ? 2 : 1,
      period: {
        ...base.period,
        kind: 'TAHUNAN' as const,
        year,
        startDate: `${year}-01-01`,
        endDate: `${year}-12-31`,
      },
      ratingHasilKerja: hasil,
      ratingPerilakuKerja: perilaku,
      predikat: 'BAIK' as const,
      perilaku: base.perilaku.map((p) => ({ value: p.value, rating: perilaku })),
      finalizedAt,
    };
  };

  beforeAll(async () => {
    training = await new TrainingApp().start({ RECOMMENDATION_GRACE_MS: '300' });
    admin = await TrainingApp.token(AGENCY, undefined, 'ADMIN_INSTANSI');
  });

  afterAll(async () => {
    await training?.stop();
  });

  it('should compare the appraisal after a completed training with the one before', async () => {
    const before = appraisal(
      2025,
      'DI_BAWAH_EKSPEKTASI',
      'SESUAI_EKSPEKTASI',
      '2026-01-20T03:00:00Z',
    );
    await publish(appraisalFinalizedV1.topic, appraisalFinalizedV1.type, before);
    await waitUntil('the appraisal recorded', async () => {
      const res = await training
        .http()
        .get(`/api/v1/recommendation-sets?employeeId=${employeeId}`)
        .auth(admin, bearer);
      return (res.body as unknown[]).length > 0 ? true : undefined;
    });

    expect(
      (
        await post('/api/v1/programs', admin, {
          code: 'kinerja',
          title: 'Pelatihan Manajemen Kinerja',
          form: 'PELATIHAN_TEKNIS',
          provider: { kind: 'INTERNAL', name: 'BKD' },
          jp: 20,
          competencies: [
            { competencyCode: 'ORIENTASI_PADA_HASIL', level: 3, raisesAssessedLevel: true },
          ],
          berakhlakValues: ['AKUNTABEL'],
          availability: 'OWN',
        })
      ).status,
    ).toBe(201);
    const session = await post(`/api/v1/programs/${programId}/sessions`, admin, {
      code: 's1',
      startsAt: new Date(Date.now() + 3600_000).toISOString(),
      endsAt: new Date(Date.now() + 5 * 3600_000).toISOString(),
      capacity: 10,
    });
    const me = await TrainingApp.token(AGENCY, employeeId, 'PEGAWAI');
    const enrolled = await post('/api/v1/enrollments', me, {
      sessionId: (session.body as { id: string }).id,
    });
    const id = (enrolled.body as { id: string }).id;
    expect((await post(`/api/v1/enrollments/${id}/attend`, me)).status).toBe(201);
    expect((await post(`/api/v1/enrollments/${id}/complete`, admin, { score: 85 })).status).toBe(
      201,
    );
    expect(
      (
        await post(`/api/v1/enrollments/${id}/survey`, me, {
          relevance: 5,
          satisfaction: 4,
          wouldRecommend: true,
        })
      ).status,
    ).toBe(201);

    const waiting = await report();
    expect(waiting[0]).toMatchObject({
      completions: 1,
      level3: { n: 0, pending: 1, meanChange: null },
      level1: { responses: 1, meanRelevance: 5 },
      level2: { scored: 1, meanScore: 85 },
    });

    const after = appraisal(
      2026,
      'SESUAI_EKSPEKTASI',
      'DI_ATAS_EKSPEKTASI',
      new Date().toISOString(),
    );
    await publish(appraisalFinalizedV1.topic, appraisalFinalizedV1.type, after);
    const improved = await waitUntil('the comparison', async () => {
      const rows = await report();
      return rows[0]?.level3.n === 1 ? rows[0] : undefined;
    });
    expect(improved.level3).toMatchObject({ improved: 1, worse: 0, pending: 0, meanChange: 2 });

    // A correction of the later appraisal replaces it in the comparison.
    const correction = {
      ...appraisal(
        2026,
        'DI_BAWAH_EKSPEKTASI',
        'DI_BAWAH_EKSPEKTASI',
        new Date().toISOString(),
        after.appraisalId,
      ),
      appraisalId: randomUUID(),
    };
    await publish(appraisalFinalizedV1.topic, appraisalFinalizedV1.type, correction);
    const corrected = await waitUntil('the corrected comparison', async () => {
      const rows = await report();
      return rows[0]?.level3.worse === 1 ? rows[0] : undefined;
    });
    expect(corrected.level3).toMatchObject({ n: 1, improved: 0, worse: 1, meanChange: -1 });

    const detail = await training
      .http()
      .get(`/api/v1/agencies/${AGENCY}/reports/program-effectiveness/${programId}/completions`)
      .auth(admin, bearer);
    const rows = detail.body as {
      enrollmentId: string;
      outcome: string;
      before: { appraisalId: string };
      after: { appraisalId: string };
    }[];
    expect(
      rows.map((r) => [r.enrollmentId, r.outcome, r.before.appraisalId, r.after.appraisalId]),
    ).toEqual([[id, 'WORSE', before.appraisalId, correction.appraisalId]]);
  });

  it('should refuse the report to an employee', async () => {
    const me = await TrainingApp.token(AGENCY, employeeId, 'PEGAWAI');
    const res = await training
      .http()
      .get(`/api/v1/agencies/${AGENCY}/reports/program-effectiveness`)
      .auth(me, bearer);
    expect(res.status).toBe(403);
  });
});
