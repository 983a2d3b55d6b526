import {
  appraisalFinalizedV1,
  gapsAssessedV1,
  trainingCompletedV1,
  type GapsAssessedV1,
  type TrainingCompletedV1,
} from '@jenjang/contracts';
import { randomLetters, testEnv, waitForGroupToPass, waitUntil } from '@jenjang/testing';
import { TalentProfileRepository } from '../../src/talent/talent-profile.repository';
import { agencyScope } from '@jenjang/persistence';
import { CareerApp, careerSuite, positionBody } from '../support/career-app';
import { annualAppraisal, CONSUMED_MS, publish } from '../support/events';

describe('career plans and readiness', () => {
  const suite = careerSuite({ consume: true });
  const { service, agency } = suite;
  const other = `AG-${randomLetters(5)}`;
  const emp = `emp-${randomLetters()}`;
  const sup = `emp-sup-${randomLetters()}`;
  let pegawai: string;
  let superior: string;
  let stranger: string;
  let bkd: string;

  beforeAll(async () => {
    pegawai = await CareerApp.token(agency, emp, 'PEGAWAI');
    superior = await CareerApp.token(agency, sup, 'PEGAWAI', 'PENILAI');
    stranger = await CareerApp.token(agency, 'emp-stranger', 'PEGAWAI');
    bkd = await CareerApp.token(agency, 'emp-bkd', 'ADMIN_PROVINSI');
    const otherAdmin = await CareerApp.token(other, 'emp-admin2', 'ADMIN_INSTANSI');
    const put = (token: string, id: string, body: object) =>
      service
        .http()
        .put(`/api/v1/positions/${id}`)
        .auth(token, { type: 'bearer' })
        .send(body)
        .expect(200);
    await put(
      suite.admin,
      'jab-staf',
      positionBody({ name: 'Pengelola Layanan', group: 'PELAKSANA', grade: 7 }),
    );
    await put(suite.admin, 'jab-kasi', positionBody({ isKey: true }));
    await put(otherAdmin, 'jab-kasi-lain', positionBody({ unitId: 'bappeda.renbang' }));
    await service
      .http()
      .post('/api/v1/placements')
      .auth(suite.admin, { type: 'bearer' })
      .send({
        employeeId: emp,
        positionId: 'jab-staf',
        superiorEmployeeId: sup,
        validFrom: '2022-01-03',
      })
      .expect(201);
  });

  const plan = (token: string) =>
    service.http().get(`/api/v1/plans/${emp}`).auth(token, { type: 'bearer' });

  it('should refuse a target of another agency without province scope, and allow it with', async () => {
    const res = await service
      .http()
      .put(`/api/v1/plans/${emp}`)
      .auth(pegawai, { type: 'bearer' })
      .send({ goals: [], targets: [{ positionId: 'jab-kasi-lain', agencyId: other }], revision: 0 })
      .expect(422);
    expect((res.body as { errors: { field: string }[] }).errors[0].field).toBe(
      'targets[0].agencyId',
    );
    await plan(pegawai).expect(404);
    const ok = await service
      .http()
      .put(`/api/v1/plans/${emp}`)
      .auth(bkd, { type: 'bearer' })
      .send({ goals: [], targets: [{ positionId: 'jab-kasi-lain', agencyId: other }], revision: 0 })
      .expect(200);
    expect((ok.body as { targets: unknown[] }).targets[0]).toMatchObject({
      agencyId: other,
      move: 'VERTICAL',
    });
  });

  it('should keep goals, targets and steps, with the superior commenting and agreeing', async () => {
    const current = (await plan(pegawai).expect(200)).body as { revision: number };
    const put = await service
      .http()
      .put(`/api/v1/plans/${emp}`)
      .auth(pegawai, { type: 'bearer' })
      .send({
        goals: [
          { text: 'Menjadi Kepala Seksi Pelayanan Rujukan', horizon: 'SHORT', targetYear: 2027 },
          { text: 'Menjadi Kepala Bidang', horizon: 'LONG' },
        ],
        targets: [{ positionId: 'jab-kasi' }],
        revision: current.revision,
      })
      .expect(200);
    const saved = put.body as { targets: { id: string }[]; revision: number };
    expect(saved.targets).toEqual([
      expect.objectContaining({ positionId: 'jab-kasi', move: 'VERTICAL', grade: 9 }),
    ]);
    const step = await service
      .http()
      .post(`/api/v1/plans/${emp}/steps`)
      .auth(pegawai, { type: 'bearer' })
      .send({
        kind: 'TRAINING',
        title: 'Pelatihan Kepemimpinan Pengawas',
        targetId: saved.targets[0].id,
        startDate: '2026-04-01',
        endDate: '2026-06-30',
        programId: 'prog-pkp',
        revision: saved.revision,
      })
      .expect(201);
    await service
      .http()
      .post(`/api/v1/plans/${emp}/comments`)
      .auth(superior, { type: 'bearer' })
      .send({ text: 'Setuju; prioritaskan PKP tahun ini.' })
      .expect(201);
    await plan(stranger).expect(404);
    const read = (await plan(superior).expect(200)).body as {
      revision: number;
      comments: unknown[];
    };
    expect(read.comments).toHaveLength(1);
    await service
      .http()
      .post(`/api/v1/plans/${emp}/agreement`)
      .auth(pegawai, { type: 'bearer' })
      .send({ revision: read.revision })
      .expect(403);
    const agreed = await service
      .http()
      .post(`/api/v1/plans/${emp}/agreement`)
      .auth(superior, { type: 'bearer' })
      .send({ revision: read.revision })
      .expect(201);
    expect((agreed.body as { agreement: unknown }).agreement).toMatchObject({
      byEmployeeId: sup,
      planRevision: read.revision,
    });
    expect((step.body as { steps: unknown[] }).steps[0]).toMatchObject({
      status: 'PLANNED',
      kind: 'TRAINING',
    });
  });

  it('should compute readiness from gaps-assessed, training-completed and the predikat, idempotently', async () => {
    const gaps: GapsAssessedV1 = {
      ...structuredClone(gapsAssessedV1.example),
      employeeId: emp,
      agencyId: agency,
      targetPosition: { id: 'jab-kasi', name: 'Kepala Seksi' },
      assessedAt: '2026-03-01T08:00:00+07:00',
    };
    gaps.jpm = { ...gaps.jpm, targetPosition: 90 };
    gaps.gaps = [
      {
        competencyCode: 'KOMUNIKASI',
        competencyName: 'Komunikasi',
        kind: 'MANAJERIAL',
        required: 3,
        current: 2,
        gap: 1,
        against: 'TARGET',
      },
      {
        competencyCode: 'INTEGRITAS',
        competencyName: 'Integritas',
        kind: 'MANAJERIAL',
        required: 3,
        current: 3,
        gap: 0,
        against: 'TARGET',
      },
    ];
    const training: TrainingCompletedV1 = {
      ...structuredClone(trainingCompletedV1.example),
      employeeId: emp,
      agencyId: agency,
      programId: 'prog-pkp',
      jp: 30,
      year: 2026,
      competencies: [{ competencyCode: 'KOMUNIKASI', level: 3, raisesAssessedLevel: false }],
    };
    await publish(gapsAssessedV1, gaps);
    const trainingId = await publish(trainingCompletedV1, training);
    await publish(trainingCompletedV1, training, { id: trainingId }); // redelivery
    await publish(trainingCompletedV1, training); // same completion re-published
    await publish(appraisalFinalizedV1, annualAppraisal(emp, agency, { predikat: 'SANGAT_BAIK' }));

    const [readiness] = await waitUntil(
      'readiness from all three sources',
      async () => {
        const res = await service
          .http()
          .get(`/api/v1/plans/${emp}/readiness`)
          .auth(pegawai, { type: 'bearer' });
        const list = res.body as { components: Record<string, number | null> }[];
        if (list[0]?.components.competency == null || list[0]?.components.performance == null) {
          // Shown by waitUntil on a time-out: which source is missing.
          throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
        }
        return res.body as {
          level: string;
          openGaps: unknown[];
          components: object;
          move: string;
        }[];
      },
      CONSUMED_MS,
    );
    expect(readiness).toMatchObject({
      move: 'VERTICAL',
      level: 'READY_1_2_YEARS',
      components: { competency: 90, training: 75, performance: 100 },
      openGaps: [{ code: 'KOMUNIKASI', gap: 1, trainedSince: true }],
    });
    const ticked = await waitUntil(
      'training step DONE',
      async () => {
        const body = (await plan(pegawai).expect(200)).body as { steps: { status: string }[] };
        return body.steps[0].status === 'DONE' ? body : undefined;
      },
      CONSUMED_MS,
    );
    expect(ticked.steps[0].status).toBe('DONE');
    // The re-published completion has been handled too: a second training would show now.
    await waitForGroupToPass(testEnv().brokers, service.groupId, [trainingCompletedV1.topic]);
    const profile = await service.app.get(TalentProfileRepository).of(agencyScope(agency), emp);
    expect(profile?.trainings).toHaveLength(1);
  });
});
