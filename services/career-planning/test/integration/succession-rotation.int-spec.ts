import { randomUUID } from 'node:crypto';
import { gapsAssessedV1, type GapsAssessedV1, type Predikat } from '@jenjang/contracts';
import { randomLetters } from '@jenjang/testing';
import { DevelopmentService } from '../../src/plan/development.service';
import { TalentService } from '../../src/talent/talent.service';
import { CareerApp, careerSuite, positionBody } from '../support/career-app';
import { annualAppraisal } from '../support/events';

describe('succession pools, rotation programme and reports', () => {
  const suite = careerSuite({});
  const { service, agency } = suite;
  const [holder, e1, e2, e3] = ['holder', 'e1', 'e2', 'e3'].map((n) => `${n}-${randomLetters(5)}`);

  const as = <T>(res: { body: unknown }) => res.body as T;

  async function person(
    employeeId: string,
    positionId: string,
    predikat: Predikat,
    potential: number,
  ) {
    await service
      .http()
      .post('/api/v1/placements')
      .auth(suite.admin, { type: 'bearer' })
      .send({ employeeId, positionId, validFrom: '2023-01-02' })
      .expect(201);
    await service
      .http()
      .post(`/api/v1/talent/employees/${employeeId}/potential-assessments`)
      .auth(suite.admin, { type: 'bearer' })
      .send({
        score: potential,
        scale: { min: 0, max: 100 },
        source: 'ASSESSMENT_CENTER',
        assessedOn: '2025-09-01',
      })
      .expect(201);
    await service.app
      .get(TalentService)
      .onAppraisalFinalized(
        annualAppraisal(employeeId, agency, { predikat, unitId: 'dinkes.yankes' }),
        {
          id: randomUUID(),
          type: 'id.go.jenjang.evaluation.appraisal-finalized.v1',
        },
      );
  }

  beforeAll(async () => {
    const put = (id: string, body: object) =>
      service
        .http()
        .put(`/api/v1/positions/${id}`)
        .auth(suite.admin, { type: 'bearer' })
        .send(body)
        .expect(200);
    await put(
      'jab-kabid',
      positionBody({ name: 'Kepala Bidang', group: 'ADMINISTRATOR', grade: 11, isKey: true }),
    );
    await put('jab-kasi-a', positionBody({ name: 'Kasi A', competencies: ['KOMUNIKASI'] }));
    await put(
      'jab-kasi-b',
      positionBody({ name: 'Kasi B', competencies: ['KERJA_SAMA', 'KOMUNIKASI'] }),
    );
    await put('jab-kasi-c', positionBody({ name: 'Kasi C', competencies: ['INTEGRITAS'] }));
    await person(holder, 'jab-kabid', 'SANGAT_BAIK', 95);
    await person(e1, 'jab-kasi-a', 'SANGAT_BAIK', 90); // box 9
    await person(e2, 'jab-kasi-c', 'BAIK', 90); // box 8
    await person(e3, 'jab-kasi-b', 'BAIK', 70); // box 5
    const gaps: GapsAssessedV1 = {
      ...structuredClone(gapsAssessedV1.example),
      employeeId: e2,
      agencyId: agency,
      targetPosition: null,
      gaps: [
        {
          competencyCode: 'KERJA_SAMA',
          competencyName: 'Kerja Sama',
          kind: 'MANAJERIAL',
          required: 3,
          current: 2,
          gap: 1,
          against: 'HELD',
        },
      ],
    };
    await service.app.get(DevelopmentService).onGapsAssessed(gaps, randomUUID());
  });

  it('should pool boxes 7-9 below the key post, ranked with reasons, and keep suite.admin decisions', async () => {
    const pool = as<{
      revision: number;
      holderEmployeeId: string;
      candidates: { employeeId: string; rank: number; status: string; reasons: { en: string }[] }[];
    }>(
      await service
        .http()
        .post('/api/v1/succession-pools/jab-kabid/refresh')
        .auth(suite.admin, { type: 'bearer' })
        .expect(201),
    );
    expect(pool.holderEmployeeId).toBe(holder);
    expect(pool.candidates.map((c) => [c.rank, c.employeeId, c.status])).toEqual([
      [1, e1, 'PROPOSED'],
      [2, e2, 'PROPOSED'],
    ]);
    expect(pool.candidates[0].reasons[0].en).toBe('9-box 9.');
    // The objective criteria behind the ranking are shown with it (merit system).
    expect(pool.candidates[0]).toHaveProperty('criteria.box', 9);
    expect(pool.candidates[0]).toHaveProperty('criteria.predikatHistory.0.predikat');

    const confirmed = as<{ revision: number }>(
      await service
        .http()
        .post(`/api/v1/succession-pools/jab-kabid/candidates/${e1}/confirm`)
        .auth(suite.admin, { type: 'bearer' })
        .send({ revision: pool.revision, reason: 'Kotak 9 dan siap sekarang' })
        .expect(201),
    );
    await service
      .http()
      .post(`/api/v1/succession-pools/jab-kabid/candidates/${e2}/remove`)
      .auth(suite.admin, { type: 'bearer' })
      .send({ revision: pool.revision, reason: 'Sedang tugas belajar' })
      .expect(409);
    // Every decision carries its reason.
    const noReason = await service
      .http()
      .post(`/api/v1/succession-pools/jab-kabid/candidates/${e2}/remove`)
      .auth(suite.admin, { type: 'bearer' })
      .send({ revision: confirmed.revision })
      .expect(400);
    expect(JSON.stringify(noReason.body)).toContain('reason');
    await service
      .http()
      .post(`/api/v1/succession-pools/jab-kabid/candidates/${e2}/remove`)
      .auth(suite.admin, { type: 'bearer' })
      .send({ revision: confirmed.revision, reason: 'Sedang tugas belajar' })
      .expect(201);
    const again = as<{ candidates: { employeeId: string; status: string }[] }>(
      await service
        .http()
        .post('/api/v1/succession-pools/jab-kabid/refresh')
        .auth(suite.admin, { type: 'bearer' })
        .expect(201),
    );
    expect(again.candidates.map((c) => [c.employeeId, c.status])).toEqual([
      [e1, 'CONFIRMED'],
      [e2, 'REMOVED'],
    ]);
    const coverage = await service
      .http()
      .get(`/api/v1/agencies/${agency}/reports/succession-coverage`)
      .auth(suite.admin, { type: 'bearer' })
      .expect(200);
    expect(coverage.body).toMatchObject({ keyPositions: 1, covered: 1, percentCovered: 100 });
    await service
      .http()
      .post('/api/v1/succession-pools/jab-kasi-a/refresh')
      .auth(suite.admin, { type: 'bearer' })
      .expect(422);
  });

  it('should propose a same-grade rotation closing a gap for box 8 and make the approved one a plan step once', async () => {
    const proposals = as<
      { id: string; employeeId: string; to: { id: string }; closes: string[]; revision: number }[]
    >(
      await service
        .http()
        .post('/api/v1/rotations/propose')
        .auth(suite.admin, { type: 'bearer' })
        .expect(201),
    );
    expect(proposals.map((p) => [p.employeeId, p.to.id, p.closes])).toEqual([
      [e2, 'jab-kasi-b', ['KERJA_SAMA']],
    ]);
    // Proposing again proposes nothing new.
    const twice = await service
      .http()
      .post('/api/v1/rotations/propose')
      .auth(suite.admin, { type: 'bearer' })
      .expect(201);
    expect(twice.body).toHaveLength(1);

    const [p] = proposals;
    await service
      .http()
      .post(`/api/v1/rotations/${p.id}/approve`)
      .auth(suite.admin, { type: 'bearer' })
      .send({ revision: p.revision, reason: 'Belum ditanya', effectiveDate: '2025-12-01' })
      .expect(409);
    const answered = as<{ revision: number }>(
      await service
        .http()
        .post(`/api/v1/rotations/${p.id}/answer`)
        .auth(await CareerApp.token(agency, e2, 'PEGAWAI'), { type: 'bearer' })
        .send({ revision: p.revision, answer: 'AGREED' })
        .expect(201),
    );
    for (let i = 0; i < 2; i++) {
      await service
        .http()
        .post(`/api/v1/rotations/${p.id}/approve`)
        .auth(suite.admin, { type: 'bearer' })
        .send({
          revision: answered.revision,
          reason: 'Menutup kesenjangan kerja sama',
          effectiveDate: '2025-12-01',
        })
        .expect(201);
    }
    const plan = await service
      .http()
      .get(`/api/v1/plans/${e2}`)
      .auth(suite.admin, { type: 'bearer' })
      .expect(200);
    const steps = (plan.body as { steps: { kind: string; origin: string; title: string }[] }).steps;
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({ kind: 'ROTATION', origin: 'ROTATION' });
    expect(steps[0].title).toContain('Kasi B');
  });

  it('should give the 9-box distribution per unit where people work today', async () => {
    // e3 moves to another unit's post: counted there, though appraised in dinkes.yankes.
    await service
      .http()
      .put('/api/v1/positions/jab-bappeda-staf')
      .auth(suite.admin, { type: 'bearer' })
      .send(
        positionBody({ unitId: 'bappeda.data', name: 'Statistisi', group: 'FUNGSIONAL', grade: 9 }),
      )
      .expect(200);
    await service
      .http()
      .post('/api/v1/placements')
      .auth(suite.admin, { type: 'bearer' })
      .send({ employeeId: e3, positionId: 'jab-bappeda-staf', validFrom: '2025-07-01' })
      .expect(201);
    const res = await service
      .http()
      .get(`/api/v1/agencies/${agency}/reports/nine-box`)
      .auth(suite.admin, { type: 'bearer' })
      .expect(200);
    expect(res.body).toEqual([
      { unitId: 'bappeda.data', total: 1, boxes: [0, 0, 0, 0, 1, 0, 0, 0, 0], unplaced: 0 },
      { unitId: 'dinkes.yankes', total: 3, boxes: [0, 0, 0, 0, 0, 0, 0, 1, 2], unplaced: 0 },
    ]);
    const pegawai = await CareerApp.token(agency, e1, 'PEGAWAI');
    await service
      .http()
      .get(`/api/v1/agencies/${agency}/reports/nine-box`)
      .auth(pegawai, { type: 'bearer' })
      .expect(403);
    const stalled = await service
      .http()
      .get(`/api/v1/agencies/${agency}/reports/stalled-plans?days=30`)
      .auth(suite.admin, { type: 'bearer' })
      .expect(200);
    expect(stalled.body).toEqual([]);
    // The agency comes from the path: another agency's suite.admin is refused, an analyst reads it.
    await service
      .http()
      .get(`/api/v1/agencies/${agency}/reports/nine-box`)
      .auth(await CareerApp.token(`X${agency}`, undefined, 'ADMIN_INSTANSI'), { type: 'bearer' })
      .expect(403);
    const analyst = await service
      .http()
      .get(`/api/v1/agencies/${agency}/reports/nine-box`)
      .auth(await CareerApp.token(`X${agency}`, undefined, 'ANALIS'), { type: 'bearer' })
      .expect(200);
    expect(analyst.body).toEqual(res.body);
  });
});
