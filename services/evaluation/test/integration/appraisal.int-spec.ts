import { appraisalFinalizedV1, feedbackGivenV1, predikatSetV1 } from '@jenjang/contracts';
import { OutboxRelay } from '@jenjang/messaging';
import { outboxDrained, randomLetters, testEnv, TopicRecorder, waitUntil } from '@jenjang/testing';
import {
  actorsFor,
  approvedAppraisal,
  ratedAppraisal,
  type Actors,
} from '../support/appraisal-flow';
import { FinalizationScheduler } from '../../src/appraisal/finalization.scheduler';
import { EvaluationApp } from '../support/evaluation-app';

describe('Appraisal API', () => {
  const app = new EvaluationApp();
  let recorder: TopicRecorder;
  let who: Actors;
  const unit = `unit-${randomLetters(5)}`;
  const events = (topic: string, appraisalId: string) =>
    recorder
      .on(topic)
      .filter((m) => (JSON.parse(m.value!) as { appraisalId: string }).appraisalId === appraisalId);

  beforeAll(async () => {
    await app.start();
    recorder = await new TopicRecorder(testEnv().brokers, [
      appraisalFinalizedV1.topic,
      predikatSetV1.topic,
      feedbackGivenV1.topic,
    ]).start();
    who = await actorsFor(`emp-${randomLetters(5)}`);
    await app
      .http()
      .put(`/api/v1/agencies/AG1/units/${unit}/organisation-predikat/2026`)
      .set('Authorization', `Bearer ${who.admin}`)
      .send({ predikat: 'ISTIMEWA' })
      .expect(200);
  });

  afterAll(async () => {
    await recorder?.stop();
    await app.stop();
  });

  it('should take an appraisal to FINAL and publish exactly one valid appraisal-finalized', async () => {
    const { appraisal, bearer, revision } = await ratedAppraisal(
      app,
      who,
      unit,
      'DI_ATAS_EKSPEKTASI',
      'SESUAI_EKSPEKTASI',
    );
    const set = await app
      .http()
      .post(`/api/v1/appraisals/${appraisal.id}/predikat`)
      .set(...bearer(who.penilai))
      .send({ revision })
      .expect(201);
    expect(set.body).toMatchObject({ status: 'PREDIKAT_DITETAPKAN', predikat: 'BAIK' });
    const final = await app
      .http()
      .post(`/api/v1/appraisals/${appraisal.id}/accept`)
      .set(...bearer(who.pegawai))
      .send({ revision: revision + 1 })
      .expect(201);
    expect(final.body).toMatchObject({ status: 'FINAL' });

    const [event] = await waitUntil('appraisal-finalized', () => {
      const found = events(appraisalFinalizedV1.topic, appraisal.id);
      return found.length ? found : undefined;
    });
    const data = JSON.parse(event.value!) as Record<string, unknown>;
    expect(appraisalFinalizedV1.validate(data)).toMatchObject({ ok: true });
    expect(data).toMatchObject({
      predikat: 'BAIK',
      ratingHasilKerja: 'DI_ATAS_EKSPEKTASI',
      feedbackSummary: 'Capaian baik, pertahankan.',
      objection: { outcome: 'NONE', decidedAt: null },
      perilaku: expect.arrayContaining([
        { value: 'KOLABORATIF', rating: 'SESUAI_EKSPEKTASI', note: 'Aktif berbagi data.' },
      ]) as unknown,
    });
    expect(events(predikatSetV1.topic, appraisal.id)).toHaveLength(1);
    expect(events(feedbackGivenV1.topic, appraisal.id)).toHaveLength(1);

    // A final appraisal never changes; a second finalization publishes nothing more.
    await app
      .http()
      .post(`/api/v1/appraisals/${appraisal.id}/rating`)
      .set(...bearer(who.penilai))
      .send({
        revision: revision + 2,
        hasilKerja: 'SESUAI_EKSPEKTASI',
        perilakuKerja: 'SESUAI_EKSPEKTASI',
      })
      .expect(409);
    await outboxDrained(app.app.get(OutboxRelay));
    await recorder.caughtUp();
    expect(events(appraisalFinalizedV1.topic, appraisal.id)).toHaveLength(1);
  });

  it('should let the atasan penilai decide an objection and publish the changed predikat', async () => {
    const other = await actorsFor(`emp-${randomLetters(5)}`);
    const { appraisal, bearer, revision } = await ratedAppraisal(
      app,
      other,
      unit,
      'SESUAI_EKSPEKTASI',
      'SESUAI_EKSPEKTASI',
    );
    await app
      .http()
      .post(`/api/v1/appraisals/${appraisal.id}/predikat`)
      .set(...bearer(other.penilai))
      .send({ revision })
      .expect(201);
    await app
      .http()
      .post(`/api/v1/appraisals/${appraisal.id}/objection`)
      .set(...bearer(other.pegawai))
      .send({ revision: revision + 1, reason: 'Realisasi triwulan IV belum dihitung.' })
      .expect(201);
    const decided = await app
      .http()
      .post(`/api/v1/appraisals/${appraisal.id}/objection/decision`)
      .set(...bearer(other.atasan))
      .send({
        revision: revision + 2,
        note: 'Keberatan diterima.',
        hasilKerja: 'DI_ATAS_EKSPEKTASI',
        perilakuKerja: 'DI_ATAS_EKSPEKTASI',
      })
      .expect(201);
    expect(decided.body).toMatchObject({ status: 'FINAL', predikat: 'SANGAT_BAIK' });
    const [event] = await waitUntil('appraisal-finalized after objection', () => {
      const found = events(appraisalFinalizedV1.topic, appraisal.id);
      return found.length ? found : undefined;
    });
    expect(JSON.parse(event.value!)).toMatchObject({
      predikat: 'SANGAT_BAIK',
      objection: { outcome: 'UPHELD' },
    });
  });

  it('should finalize by itself once the objection window has closed', async () => {
    const quiet = await actorsFor(`emp-${randomLetters(5)}`);
    const { appraisal, bearer, revision } = await ratedAppraisal(
      app,
      quiet,
      unit,
      'SESUAI_EKSPEKTASI',
      'SESUAI_EKSPEKTASI',
    );
    await app
      .http()
      .post(`/api/v1/appraisals/${appraisal.id}/predikat`)
      .set(...bearer(quiet.penilai))
      .send({ revision })
      .expect(201);
    const scheduler = app.app.get(FinalizationScheduler);

    // Within the window nothing happens; after it, the scheduler finalizes and publishes.
    await scheduler.runOnce(new Date());
    expect(
      (
        await app
          .http()
          .get(`/api/v1/appraisals/${appraisal.id}`)
          .set(...bearer(quiet.pegawai))
      ).body,
    ).toMatchObject({ status: 'PREDIKAT_DITETAPKAN' });
    await scheduler.runOnce(new Date(Date.now() + 60 * 24 * 3600 * 1000));
    expect(
      (
        await app
          .http()
          .get(`/api/v1/appraisals/${appraisal.id}`)
          .set(...bearer(quiet.pegawai))
      ).body,
    ).toMatchObject({ status: 'FINAL' });
    await waitUntil(
      'appraisal-finalized from the scheduler',
      () => events(appraisalFinalizedV1.topic, appraisal.id).length === 1,
    );

    // A late objection is refused.
    await app
      .http()
      .post(`/api/v1/appraisals/${appraisal.id}/objection`)
      .set(...bearer(quiet.pegawai))
      .send({ revision: revision + 2, reason: 'Terlambat.' })
      .expect(409);
  });

  it('should correct a final appraisal as a new linked version with its own event', async () => {
    const fixed = await actorsFor(`emp-${randomLetters(5)}`);
    const { appraisal, bearer, revision } = await ratedAppraisal(
      app,
      fixed,
      unit,
      'SESUAI_EKSPEKTASI',
      'SESUAI_EKSPEKTASI',
    );
    await app
      .http()
      .post(`/api/v1/appraisals/${appraisal.id}/predikat`)
      .set(...bearer(fixed.penilai))
      .send({ revision })
      .expect(201);
    await app
      .http()
      .post(`/api/v1/appraisals/${appraisal.id}/accept`)
      .set(...bearer(fixed.pegawai))
      .send({ revision: revision + 1 })
      .expect(201);

    const correction = await app
      .http()
      .post(`/api/v1/appraisals/${appraisal.id}/corrections`)
      .set(...bearer(fixed.penilai))
      .send({ reason: 'Salah input realisasi.' })
      .expect(201);
    const v2 = correction.body as {
      id: string;
      version: number;
      correctionOf: string;
      status: string;
      revision: number;
    };
    expect(v2).toMatchObject({ version: 2, correctionOf: appraisal.id, status: 'DINILAI' });
    await app
      .http()
      .post(`/api/v1/appraisals/${v2.id}/rating`)
      .set(...bearer(fixed.penilai))
      .send({
        revision: v2.revision,
        hasilKerja: 'DI_ATAS_EKSPEKTASI',
        perilakuKerja: 'SESUAI_EKSPEKTASI',
      })
      .expect(201);
    await app
      .http()
      .post(`/api/v1/appraisals/${v2.id}/predikat`)
      .set(...bearer(fixed.penilai))
      .send({ revision: v2.revision + 1 })
      .expect(201);
    await app
      .http()
      .post(`/api/v1/appraisals/${v2.id}/accept`)
      .set(...bearer(fixed.pegawai))
      .send({ revision: v2.revision + 2 })
      .expect(201);

    const [event] = await waitUntil('appraisal-finalized of the correction', () => {
      const found = events(appraisalFinalizedV1.topic, v2.id);
      return found.length ? found : undefined;
    });
    expect(JSON.parse(event.value!)).toMatchObject({
      version: 2,
      correctionOf: appraisal.id,
      predikat: 'BAIK',
    });
    // The corrected version itself never changed.
    const original = await app
      .http()
      .get(`/api/v1/appraisals/${appraisal.id}`)
      .set(...bearer(fixed.pegawai))
      .expect(200);
    expect(original.body).toMatchObject({ status: 'FINAL', version: 1, predikat: 'BAIK' });
  });

  it('should refuse out-of-order steps, wrong people and other agencies, and leave no trace', async () => {
    const third = await actorsFor(`emp-${randomLetters(5)}`);
    const { skp, appraisal, bearer } = await approvedAppraisal(app, third, unit);
    const problem = (res: { body: unknown; headers: Record<string, string> }) => {
      expect(res.headers['content-type']).toContain('application/problem+json');
      return res.body as { status: number; detail_id: string };
    };
    // Finalizing or setting the predikat of an unrated appraisal.
    problem(
      await app
        .http()
        .post(`/api/v1/appraisals/${appraisal.id}/predikat`)
        .set(...bearer(third.penilai))
        .send({ revision: 1 })
        .expect(409),
    );
    // A rating outside the enum names the field.
    const bad = await app
      .http()
      .post(`/api/v1/appraisals/${appraisal.id}/rating`)
      .set(...bearer(third.penilai))
      .send({ revision: 1, hasilKerja: 'LUAR_BIASA', perilakuKerja: 'SESUAI_EKSPEKTASI' })
      .expect(400);
    expect((bad.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual([
      'hasilKerja',
    ]);
    // Another agency does not see it; a penilai who is not the appraiser does not either.
    await app
      .http()
      .get(`/api/v1/appraisals/${appraisal.id}`)
      .set(...bearer(third.otherAgency))
      .expect(404);
    const stranger = await EvaluationApp.token('AG1', 'emp-bukan-atasan', 'PEGAWAI', 'PENILAI');
    await app
      .http()
      .post(`/api/v1/appraisals/${appraisal.id}/feedback`)
      .set(...bearer(stranger))
      .send({ revision: 1, about: { kind: 'PERILAKU', value: 'LOYAL' }, text: 'x' })
      .expect(404);
    // An indicator that is not in the SKP; a stale revision.
    await app
      .http()
      .put(`/api/v1/appraisals/${appraisal.id}/realisasi`)
      .set(...bearer(third.pegawai))
      .send({ revision: 1, entries: [{ indicatorId: 'bukan-indikator', value: '1' }] })
      .expect(422);
    await app
      .http()
      .put(`/api/v1/appraisals/${appraisal.id}/realisasi`)
      .set(...bearer(third.pegawai))
      .send({
        revision: 7,
        entries: [{ indicatorId: skp.hasilKerja[0].indicators[0].id, value: '1' }],
      })
      .expect(409);

    const after = await app
      .http()
      .get(`/api/v1/appraisals/${appraisal.id}`)
      .set(...bearer(third.pegawai))
      .expect(200);
    expect(after.body).toMatchObject({
      status: 'REALISASI_DIISI',
      revision: 1,
      feedback: [],
      realisasi: [],
    });
  });
});
