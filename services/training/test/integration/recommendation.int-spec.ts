import { randomUUID } from 'node:crypto';
import type { Role } from '@jenjang/auth';
import {
  publishPlacements,
  randomLetters,
  testEnv,
  TopicRecorder,
  waitForGroupToPass,
  waitUntil,
} from '@jenjang/testing';
import {
  appraisalFinalizedV1,
  employeePlacedV1,
  gapsAssessedV1,
  trainingRecommendedV1,
} from '@jenjang/contracts';
import type { TrainingRecommendedV1 } from '@jenjang/contracts';
import { finalized, publish, TrainingApp } from '../support/training-app';

const AGENCY = `ag-${randomLetters()}`;
const REC = trainingRecommendedV1.topic;
const DLQ = `${appraisalFinalizedV1.topic}.dlq`;

describe('recommendations from a finalized appraisal', () => {
  let training: TrainingApp;
  let recorder: TopicRecorder;
  // Only this instance's events: any other training consumer on the shared broker (a dev stack,
  // another suite) answers the same appraisal with the same set id from its own catalog.
  const recommendedFor = (employeeId: string) =>
    recorder
      .on(REC)
      .filter((m) => m.key === employeeId)
      .map((m) => JSON.parse(m.value!) as TrainingRecommendedV1)
      .filter((e) => e.recommendations.some((r) => r.programId.startsWith(`${AGENCY}.`)));

  beforeAll(async () => {
    recorder = await new TopicRecorder(testEnv().brokers, [REC, DLQ]).start();
    training = await new TrainingApp().start({ RECOMMENDATION_GRACE_MS: '3000' });
    const admin = await TrainingApp.token(AGENCY, undefined, 'ADMIN_INSTANSI');
    const program = await training
      .http()
      .post('/api/v1/programs')
      .auth(admin, { type: 'bearer' })
      .set('Idempotency-Key', `prog-${randomLetters()}`)
      .send({
        code: 'kolaborasi',
        title: 'Pelatihan Kerja Sama dan Kolaborasi Lintas Unit',
        form: 'PELATIHAN_TEKNIS',
        provider: { kind: 'INTERNAL', name: 'BKPSDM' },
        jp: 16,
        competencies: [{ competencyCode: 'KERJA_SAMA', level: 2, raisesAssessedLevel: true }],
        berakhlakValues: ['KOLABORATIF'],
        availability: 'OWN',
      });
    expect(program.status).toBe(201);
    const session = await training
      .http()
      .post(`/api/v1/programs/${AGENCY}.kolaborasi/sessions`)
      .auth(admin, { type: 'bearer' })
      .set('Idempotency-Key', `sess-${randomLetters()}`)
      .send({
        code: '2099-1',
        startsAt: new Date(Date.now() + 10 * 86_400_000).toISOString(),
        endsAt: new Date(Date.now() + 12 * 86_400_000).toISOString(),
        capacity: 30,
        location: 'Aula BKPSDM',
      });
    expect(session.status).toBe(201);
  });

  afterAll(async () => {
    await training?.stop();
    await recorder?.stop();
  });

  it('should publish exactly one recommendation set when the appraisal is delivered twice', async () => {
    const a = finalized({ agencyId: AGENCY });
    const id = await publish(appraisalFinalizedV1.topic, appraisalFinalizedV1.type, a);
    await publish(appraisalFinalizedV1.topic, appraisalFinalizedV1.type, a, id);

    const sets = await waitUntil('a recommended event', () => {
      const found = recommendedFor(a.employeeId);
      return found.length > 0 ? found : undefined;
    });
    await training.settled(recorder);

    expect(recommendedFor(a.employeeId)).toHaveLength(1);
    expect(sets[0]).toMatchObject({
      cause: {
        kind: 'APPRAISAL_FINALIZED',
        eventId: id,
        appraisalId: a.appraisalId,
        predikat: a.predikat,
      },
      focus: 'REMEDIAL',
      jpEarned: 0,
      jpRequired: 20,
    });
    expect(sets[0].cause.assessmentId).toBeUndefined();
    expect(sets[0].recommendations[0]).toMatchObject({
      programId: `${AGENCY}.kolaborasi`,
      berakhlakValue: 'KOLABORATIF',
    });
    expect(sets[0].recommendations[0].reasons.map((r) => r.id)).toContain(
      'Penilaian kinerja Anda menilai perilaku Kolaboratif di bawah ekspektasi; program ini melatihnya.',
    );
  });

  it('should combine the appraisal with the gaps assessed from it into one set', async () => {
    const a = finalized({
      agencyId: AGENCY,
      predikat: 'BAIK',
      ratingPerilakuKerja: 'SESUAI_EKSPEKTASI',
    });
    const eventId = randomUUID();
    const gaps = {
      ...structuredClone(gapsAssessedV1.example),
      employeeId: a.employeeId,
      agencyId: AGENCY,
      cause: { ...gapsAssessedV1.example.cause, eventId, appraisalId: a.appraisalId },
    };
    // The gaps first, consumed before the appraisal arrives: the set waits for the appraisal,
    // whatever the grace period (gaps arriving after it would, by design, find the set published
    // from the appraisal alone). The other order is covered by the service test.
    await publish(gapsAssessedV1.topic, gapsAssessedV1.type, gaps);
    await waitForGroupToPass(testEnv().brokers, training.groupId, [gapsAssessedV1.topic]);
    await publish(appraisalFinalizedV1.topic, appraisalFinalizedV1.type, a, eventId);

    const [set] = await waitUntil('a recommended event', () => {
      const found = recommendedFor(a.employeeId);
      return found.length > 0 ? found : undefined;
    });
    await training.settled(recorder);

    expect(recommendedFor(a.employeeId)).toHaveLength(1);
    expect(set.cause).toMatchObject({ eventId, assessmentId: gaps.assessmentId });
    expect(set.recommendations[0]).toMatchObject({ competencyCode: 'KERJA_SAMA' });
    expect(set.recommendations[0].reasons[0].id).toBe(gaps.needs[0].reason.id);
  });

  it("should show a team member's sets to the superior of today's placement, and to no other penilai", async () => {
    const a = finalized({ agencyId: AGENCY });
    const superior = `sup-${randomLetters()}`;
    await publishPlacements(testEnv().brokers, [
      {
        agencyId: AGENCY,
        employeeId: a.employeeId,
        superiorEmployeeId: superior,
        unitId: 'unit-a',
        position: { id: 'jab-analis', name: 'Analis Kebijakan', group: 'FUNGSIONAL' },
      },
    ]);
    await waitForGroupToPass(testEnv().brokers, training.groupId, [employeePlacedV1.topic]);
    await publish(appraisalFinalizedV1.topic, appraisalFinalizedV1.type, a);
    await waitUntil('a recommended event', () => recommendedFor(a.employeeId)[0]);
    await training.settled(recorder);
    const listAs = async (caller: string, ...roles: Role[]) =>
      training
        .http()
        .get(`/api/v1/recommendation-sets?employeeId=${a.employeeId}`)
        .auth(await TrainingApp.token(AGENCY, caller, ...roles), { type: 'bearer' });

    const boss = await listAs(superior, 'PEGAWAI', 'PENILAI');
    const stranger = await listAs(`pen-${randomLetters()}`, 'PEGAWAI', 'PENILAI');
    const colleague = await listAs(`emp-${randomLetters()}`, 'PEGAWAI');

    expect(boss.status).toBe(200);
    expect((boss.body as { employeeId: string }[]).map((x) => x.employeeId)).toEqual([
      a.employeeId,
    ]);
    expect(stranger.status).toBe(404);
    expect(colleague.status).toBe(404);
  });

  it('should dead-letter an appraisal that breaks its contract and keep consuming', async () => {
    const bad = { ...finalized({ agencyId: AGENCY }), predikat: 'LUAR_BIASA' };
    const badId = await publish(appraisalFinalizedV1.topic, appraisalFinalizedV1.type, bad);
    const good = finalized({ agencyId: AGENCY });
    await publish(appraisalFinalizedV1.topic, appraisalFinalizedV1.type, good);

    const dead = await waitUntil('the bad event in the DLQ', () =>
      recorder.on(DLQ).find((m) => m.headers.ce_id === badId),
    );
    await waitUntil('the good event recommended', () => recommendedFor(good.employeeId)[0]);

    expect(dead.headers['x-dlq-reason']).toBe('schema-invalid');
  });
});
