import {
  employeePlacedV1,
  rotationDecidedV1,
  rotationProposedV1,
  type EmployeePlacedV1,
  type RotationDecidedV1,
  type RotationProposedV1,
} from '@jenjang/contracts';
import { randomLetters, waitUntil } from '@jenjang/testing';
import { RotationReviewService } from '../../src/rotation/rotation-review.service';
import { CareerApp, careerSuite, positionBody } from '../support/career-app';

type Proposal = {
  id: string;
  employeeId: string;
  revision: number;
  triggers: string[];
  to: { id: string };
  develops: string[];
  criteria: { tenureYears: number; rank: string | null };
  status: string;
  placementId: string | null;
  decisionReason: string | null;
};

describe('rotation with the people in it', () => {
  const suite = careerSuite({
    topics: [employeePlacedV1, rotationProposedV1, rotationDecidedV1].map((c) => c.topic),
  });
  const { service, agency } = suite;
  const [emp, other, sup] = ['emp', 'other', 'sup'].map((n) => `${n}-${randomLetters(5)}`);
  const bearer = { type: 'bearer' as const };
  const eventsOf = <T extends { employeeId: string }>(topic: string) =>
    suite.recorder
      .on(topic)
      .map((m) => JSON.parse(m.value!) as T)
      .filter((e) => e.employeeId === emp);

  beforeAll(async () => {
    for (const [id, body] of [
      [
        'jab-arsip',
        positionBody({
          name: 'Arsiparis Pelaksana',
          group: 'PELAKSANA',
          grade: 6,
          competencies: ['KEARSIPAN'],
        }),
      ],
      [
        'jab-layanan',
        positionBody({
          unitId: 'dukcapil.layanan',
          name: 'Petugas Layanan',
          group: 'PELAKSANA',
          grade: 6,
          competencies: ['KOMUNIKASI', 'PELAYANAN_PUBLIK'],
        }),
      ],
    ] as const) {
      await service
        .http()
        .put(`/api/v1/positions/${id}`)
        .auth(suite.admin, bearer)
        .send(body)
        .expect(200);
    }
    await service
      .http()
      .put(`/api/v1/agencies/${agency}/rotation-settings`)
      .auth(suite.admin, bearer)
      .send({ tenureYears: 4 })
      .expect(200);
    // Six years in one post: past the agency's four.
    await service
      .http()
      .post('/api/v1/placements')
      .auth(suite.admin, bearer)
      .send({
        employeeId: emp,
        positionId: 'jab-arsip',
        superiorEmployeeId: sup,
        validFrom: '2020-01-02',
      })
      .expect(201);
    await service
      .http()
      .put(`/api/v1/ranks/${emp}`)
      .auth(suite.admin, bearer)
      .send({ golongan: 'II/c', tmt: '2021-04-01', revision: 0 })
      .expect(200);
  });

  it('should propose by tenure, hear the employee and the superior, and place the employee on approval', async () => {
    const proposed = (
      await service.http().post('/api/v1/rotations/propose').auth(suite.admin, bearer).expect(201)
    ).body as Proposal[];
    const mine = proposed.filter((p) => p.employeeId === emp);
    expect(mine.map((p) => [p.to.id, p.triggers, p.develops])).toEqual([
      ['jab-layanan', ['TENURE'], ['KOMUNIKASI', 'PELAYANAN_PUBLIK']],
    ]);
    expect(mine[0].criteria).toMatchObject({ rank: 'II/c' });
    expect(mine[0].criteria.tenureYears).toBeGreaterThanOrEqual(6);
    const [p] = mine;

    // The employee sees their own proposal; someone else does not.
    const me = await CareerApp.token(agency, emp, 'PEGAWAI');
    const stranger = await CareerApp.token(agency, other, 'PEGAWAI');
    const boss = await CareerApp.token(agency, sup, 'PENILAI');
    const listed = await service.http().get('/api/v1/rotations').auth(me, bearer).expect(200);
    expect((listed.body as Proposal[]).map((r) => r.id)).toEqual([p.id]);
    await service.http().get(`/api/v1/rotations/${p.id}`).auth(stranger, bearer).expect(404);
    expect(
      (
        (await service.http().get('/api/v1/rotations').auth(boss, bearer).expect(200))
          .body as Proposal[]
      ).map((r) => r.id),
    ).toEqual([p.id]);

    // Objecting needs a reason code; the answer and the superior's view are recorded.
    const bad = await service
      .http()
      .post(`/api/v1/rotations/${p.id}/answer`)
      .auth(me, bearer)
      .send({ revision: p.revision, answer: 'OBJECTED' })
      .expect(422);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    const answered = (
      await service
        .http()
        .post(`/api/v1/rotations/${p.id}/answer`)
        .auth(me, bearer)
        .send({
          revision: p.revision,
          answer: 'OBJECTED',
          objection: 'FAMILY',
          reason: 'Merawat orang tua',
        })
        .expect(201)
    ).body as Proposal;
    await service
      .http()
      .post(`/api/v1/rotations/${p.id}/opinion`)
      .auth(stranger, bearer)
      .send({ revision: answered.revision, supports: true })
      .expect(404);
    const heard = (
      await service
        .http()
        .post(`/api/v1/rotations/${p.id}/opinion`)
        .auth(boss, bearer)
        .send({ revision: answered.revision, supports: true, reason: 'Unit layanan butuh tenaga' })
        .expect(201)
    ).body as Proposal & { superiorOpinion: { supports: boolean } };
    expect(heard.superiorOpinion.supports).toBe(true);

    const report = await service
      .http()
      .get(`/api/v1/agencies/${agency}/reports/rotation-acceptance`)
      .auth(suite.admin, bearer)
      .expect(200);
    expect(report.headers.link).toContain(
      `/api/v1/agencies/${agency}/reports/recommendation-declines`,
    );
    expect(report.body).toEqual([
      expect.objectContaining({
        unitId: 'dinkes.yankes',
        objected: 1,
        objections: [{ code: 'FAMILY', count: 1 }],
      }),
    ]);

    // HR decides with a reason and an effective date; approving twice places once.
    await service
      .http()
      .post(`/api/v1/rotations/${p.id}/approve`)
      .auth(suite.admin, bearer)
      .send({ revision: heard.revision })
      .expect(400);
    for (let i = 0; i < 2; i++) {
      await service
        .http()
        .post(`/api/v1/rotations/${p.id}/approve`)
        .auth(suite.admin, bearer)
        .send({
          revision: heard.revision,
          reason: 'Kebutuhan organisasi; keberatan dipertimbangkan',
          effectiveDate: '2026-01-05',
        })
        .expect(201);
    }
    const decided = (
      await service.http().get(`/api/v1/rotations/${p.id}`).auth(me, bearer).expect(200)
    ).body as Proposal;
    expect(decided).toMatchObject({
      status: 'APPROVED',
      decisionReason: 'Kebutuhan organisasi; keberatan dipertimbangkan',
    });

    const placed = await waitUntil('employee-placed of the rotation', () => {
      const found = eventsOf<EmployeePlacedV1>(employeePlacedV1.topic).filter(
        (e) => e.placementId === decided.placementId,
      );
      return found.length > 0 ? found : undefined;
    });
    expect(placed[0]).toMatchObject({
      validFrom: '2026-01-05',
      move: 'HORIZONTAL',
      position: { id: 'jab-layanan' },
    });
    const outcome = await waitUntil('rotation-proposed and rotation-decided', () => {
      const a = eventsOf<RotationProposedV1>(rotationProposedV1.topic);
      const b = eventsOf<RotationDecidedV1>(rotationDecidedV1.topic);
      return a.length > 0 && b.length > 0 ? { a, b } : undefined;
    });
    expect(outcome.a[0]).toMatchObject({
      rotationId: p.id,
      triggers: ['TENURE'],
      superiorEmployeeId: sup,
    });
    expect(outcome.b).toEqual([
      expect.objectContaining({
        decision: 'APPROVED',
        employeeAnswer: 'OBJECTED',
        objection: 'FAMILY',
        effectiveDate: '2026-01-05',
      }),
    ]);
    const history = await service
      .http()
      .get(`/api/v1/placements?employeeId=${emp}`)
      .auth(suite.admin, bearer)
      .expect(200);
    expect((history.body as { validTo: string | null }[]).map((h) => h.validTo).sort()).toEqual(
      ['2026-01-04', null].sort(),
    );
  });

  it('should review every agency on its own schedule, proposing once', async () => {
    const long = `long-${randomLetters(5)}`;
    await service
      .http()
      .post('/api/v1/placements')
      .auth(suite.admin, bearer)
      .send({ employeeId: long, positionId: 'jab-arsip', validFrom: '2019-07-01' })
      .expect(201);
    const rotations = service.app.get(RotationReviewService);

    expect(await rotations.reviewAll()).toBe(1);
    expect(await rotations.reviewAll()).toBe(0);
    const theirs = await service
      .http()
      .get(`/api/v1/rotations?employeeId=${long}`)
      .auth(suite.admin, bearer)
      .expect(200);
    expect((theirs.body as Proposal[]).map((p) => [p.to.id, p.triggers])).toEqual([
      ['jab-layanan', ['TENURE']],
    ]);
  });
});
