import { gapsAssessedV1, type GapsAssessedV1 } from '@jenjang/contracts';
import { randomLetters, TopicRecorder, waitUntil } from '@jenjang/testing';
import {
  CompetencyApp,
  finalizedAppraisal,
  publishFinalized,
  uuidOf,
  bodyOf,
  problemOf,
  published,
} from '../support/competency-app';

interface Profile {
  history: unknown[];
  current: { competencyCode: string }[];
  assessmentId: string;
}
interface Gaps {
  targetPosition: unknown;
  jpm: unknown;
  needs: { competencyCode: string; source: string; levelNeeded: number }[];
}

describe('Profiles and gap analysis', () => {
  let service: CompetencyApp;
  let recorder: TopicRecorder;
  const agencyId = `itest-p-${randomLetters()}`;
  const employeeId = `emp-${randomLetters()}`;
  let admin: string;
  let self: string;
  let colleague: string;

  beforeAll(async () => {
    service = await new CompetencyApp().start();
    recorder = await new TopicRecorder(service.env.brokers, [gapsAssessedV1.topic]).start();
    admin = `Bearer ${await CompetencyApp.token(agencyId, undefined, 'ADMIN_INSTANSI')}`;
    self = `Bearer ${await CompetencyApp.token(agencyId, employeeId, 'PEGAWAI')}`;
    colleague = `Bearer ${await CompetencyApp.token(agencyId, 'emp-other', 'PEGAWAI')}`;
    const put = (positionId: string, requirements: object[]) =>
      service
        .http()
        .put(`/api/v1/agencies/${agencyId}/position-standards/${positionId}`)
        .set('Authorization', admin)
        .send({ positionName: positionId, positionGroup: 'PENGAWAS', requirements })
        .expect(200);
    await put(`${agencyId}-jab-analis`, [
      { code: 'KERJA_SAMA', requiredLevel: 3 },
      { code: 'INTEGRITAS', requiredLevel: 3 },
    ]);
    await put(`${agencyId}-jab-kasubbag`, [
      { code: 'INTEGRITAS', requiredLevel: 4 },
      { code: 'PENGAMBILAN_KEPUTUSAN', requiredLevel: 3 },
    ]);
    // The held position comes from the finalized appraisal.
    await publishFinalized(uuidOf(`${employeeId}-fin`), finalizedAppraisal(agencyId, employeeId));
    await waitUntil('the profile', async () => {
      const res = await service
        .http()
        .get(`/api/v1/agencies/${agencyId}/profiles/${employeeId}`)
        .set('Authorization', admin);
      return res.status === 200;
    });
  }, 60_000);

  afterAll(async () => {
    await recorder?.stop();
    await service?.stop();
  });

  const url = (path = '') => `/api/v1/agencies/${agencyId}/profiles/${employeeId}${path}`;
  const assess = (token: string, body: object) =>
    service.http().post(url('/assessments')).set('Authorization', token).send(body);

  it('should refuse an unknown competency, a level outside 1-5 and a source the role may not use, nothing changed', async () => {
    const unknown = await assess(admin, {
      competencyCode: 'TIDAK_ADA',
      level: 3,
      source: 'ASSESSMENT_CENTER',
      assessedAt: '2026-01-10',
    }).expect(422);
    expect(unknown.body).toMatchObject({ code: 'UNKNOWN_COMPETENCY' });
    const level = await assess(admin, {
      competencyCode: 'INTEGRITAS',
      level: 6,
      source: 'ASSESSMENT_CENTER',
      assessedAt: '2026-01-10',
    }).expect(400);
    expect(level.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(JSON.stringify(problemOf(level).errors)).toContain('level');
    await assess(self, {
      competencyCode: 'INTEGRITAS',
      level: 5,
      source: 'ASSESSMENT_CENTER',
      assessedAt: '2026-01-10',
    }).expect(403);
    const profile = await service.http().get(url()).set('Authorization', admin).expect(200);
    expect(bodyOf<Profile>(profile).history).toEqual([]);
  });

  it('should derive the current level from the history, keep the history and publish a new assessment', async () => {
    await assess(admin, {
      competencyCode: 'INTEGRITAS',
      level: 3,
      source: 'ASSESSMENT_CENTER',
      assessedAt: '2025-03-01',
    }).expect(201);
    await assess(admin, {
      competencyCode: 'KERJA_SAMA',
      level: 2,
      source: 'ASSESSMENT_CENTER',
      assessedAt: '2026-01-10',
    }).expect(201);
    // A self-assessment in the same round does not outrank the assessment centre.
    const res = await assess(self, {
      competencyCode: 'KERJA_SAMA',
      level: 4,
      source: 'SELF',
      assessedAt: '2026-01-12',
    }).expect(201);
    const body = bodyOf<Profile>(res);
    expect(body.history).toHaveLength(3);
    const kerjaSama = body.current.find(
      (c: { competencyCode: string }) => c.competencyCode === 'KERJA_SAMA',
    );
    expect(kerjaSama).toMatchObject({ level: 2, source: 'ASSESSMENT_CENTER' });

    const assessmentId = body.assessmentId;
    const assessment = await waitUntil('the PROFILE_UPDATED assessment', () =>
      published(recorder, gapsAssessedV1.topic)
        .map((m) => JSON.parse(m.value ?? '{}') as GapsAssessedV1)
        .find((a) => a.assessmentId === assessmentId),
    );
    // Held: min(3,3) + min(2,3) = 5 of 6.
    expect(assessment).toMatchObject({
      cause: { kind: 'PROFILE_UPDATED', eventId: null, eventType: null },
      jpm: { heldPosition: 83.33 },
    });
  });

  it('should set a target position and analyse gaps against both positions with ranked needs', async () => {
    await service
      .http()
      .put(url('/target-position'))
      .set('Authorization', self)
      .send({ positionId: 'tidak-ada' })
      .expect(422);
    await service
      .http()
      .put(url('/target-position'))
      .set('Authorization', colleague)
      .send({ positionId: `${agencyId}-jab-kasubbag` })
      .expect(404);
    await service
      .http()
      .put(url('/target-position'))
      .set('Authorization', self)
      .send({ positionId: `${agencyId}-jab-kasubbag` })
      .expect(200);
    const res = await service.http().get(url('/gaps')).set('Authorization', self).expect(200);
    const gaps = bodyOf<Gaps>(res);
    expect(gaps.targetPosition).toEqual({
      id: `${agencyId}-jab-kasubbag`,
      name: `${agencyId}-jab-kasubbag`,
      // the position group, kept from the target position's standard
      group: 'PENGAWAS',
    });
    // Target: min(3,4) + min(0,3) = 3 of 7 → 42.86.
    expect(gaps.jpm).toMatchObject({
      heldPosition: { percent: 83.33, category: 'CUKUP_OPTIMAL', complete: true },
      targetPosition: { percent: 42.86, complete: false },
      formula: 'JPM-MIN-CAPPED-v1',
    });
    expect(gaps.needs.map((n) => [n.competencyCode, n.source, n.levelNeeded])).toEqual([
      ['KERJA_SAMA', 'GAP_HELD', 3],
      ['PENGAMBILAN_KEPUTUSAN', 'GAP_TARGET', 3],
      ['INTEGRITAS', 'GAP_TARGET', 4],
    ]);
    await service.http().get(url('/gaps')).set('Authorization', colleague).expect(404);
  });
  it('should assess holders again once when the standard of their target position changes', async () => {
    const change = () =>
      service
        .http()
        .put(`/api/v1/agencies/${agencyId}/position-standards/${agencyId}-jab-kasubbag`)
        .set('Authorization', admin)
        .send({
          positionName: `${agencyId}-jab-kasubbag`,
          positionGroup: 'PENGAWAS',
          requirements: [{ code: 'INTEGRITAS', requiredLevel: 3 }],
        })
        .expect(200);
    await change();
    await change(); // the same content: no new version, nothing published
    const standardChanged = () =>
      published(recorder, gapsAssessedV1.topic)
        .map((m) => JSON.parse(m.value ?? '{}') as GapsAssessedV1)
        .filter((a) => a.employeeId === employeeId && a.cause.kind === 'STANDARD_CHANGED');
    const [assessment] = await waitUntil('the STANDARD_CHANGED assessment', () => {
      const found = standardChanged();
      return found.length ? found : undefined;
    });
    // Target now: INTEGRITAS 3 of 3.
    expect(assessment.jpm).toMatchObject({ heldPosition: 83.33, targetPosition: 100 });
    // A later profile change proves nothing else was queued before it.
    const later = await assess(admin, {
      competencyCode: 'KOMUNIKASI',
      level: 2,
      source: 'SUPERVISOR',
      assessedAt: '2026-01-20',
    }).expect(201);
    const laterId = bodyOf<Profile>(later).assessmentId;
    await waitUntil('the later assessment', () =>
      published(recorder, gapsAssessedV1.topic).find((m) => m.headers.ce_id === laterId),
    );
    expect(standardChanged()).toHaveLength(1);
  });
});
