import {
  gapsAssessedV1,
  trainingCompletedV1,
  type GapsAssessedV1,
  type TrainingCompletedV1,
} from '@jenjang/contracts';
import { produceRaw, randomLetters, TopicRecorder, waitUntil } from '@jenjang/testing';
import {
  ceHeaders,
  CompetencyApp,
  finalizedAppraisal,
  publishFinalized,
  uuidOf,
  bodyOf,
  published,
  assessmentIds,
} from '../support/competency-app';
import { deterministicId } from '../../src/profile/domain/assessment';

describe('TrainingConsumer', () => {
  let service: CompetencyApp;
  let recorder: TopicRecorder;
  const agencyId = `itest-t-${randomLetters()}`;
  let admin: string;

  beforeAll(async () => {
    service = await new CompetencyApp().start();
    recorder = await new TopicRecorder(service.env.brokers, [gapsAssessedV1.topic]).start();
    admin = `Bearer ${await CompetencyApp.token(agencyId, undefined, 'ADMIN_INSTANSI')}`;
    await service
      .http()
      .put(`/api/v1/agencies/${agencyId}/position-standards/${agencyId}-jab-analis`)
      .set('Authorization', admin)
      .send({
        positionName: 'Analis',
        positionGroup: 'FUNGSIONAL',
        requirements: [
          { code: 'KERJA_SAMA', requiredLevel: 3 },
          { code: 'INTEGRITAS', requiredLevel: 2 },
        ],
      })
      .expect(200);
  }, 60_000);

  afterAll(async () => {
    await recorder?.stop();
    await service?.stop();
  });

  const assessed = (employeeId: string) =>
    published(recorder, gapsAssessedV1.topic)
      .filter((m) => m.key === employeeId)
      .map((m) => JSON.parse(m.value ?? '{}') as GapsAssessedV1);

  const completed = (
    employeeId: string,
    overrides: Partial<TrainingCompletedV1> = {},
  ): TrainingCompletedV1 => ({
    ...trainingCompletedV1.example,
    employeeId,
    agencyId,
    unitId: `${agencyId}.unit-a`,
    completedAt: '2026-03-01T08:00:00.000Z',
    competencies: [
      { competencyCode: 'KERJA_SAMA', level: 3, raisesAssessedLevel: true },
      { competencyCode: 'INTEGRITAS', level: 4, raisesAssessedLevel: false },
    ],
    ...overrides,
  });

  const send = (eventId: string, data: TrainingCompletedV1, times = 1) =>
    produceRaw(
      service.env.brokers,
      trainingCompletedV1.topic,
      Array.from({ length: times }, () => ({
        key: data.employeeId,
        value: JSON.stringify(data),
        headers: {
          ...ceHeaders(eventId, trainingCompletedV1.type, data.employeeId, agencyId),
          ce_source: '/jenjang/training',
        },
      })),
    );

  it('should raise a declared level once and re-assess once when the completion is delivered twice', async () => {
    const employeeId = `emp-${randomLetters()}`;
    const finalizedId = uuidOf(`${employeeId}-fin`);
    await publishFinalized(
      finalizedId,
      finalizedAppraisal(agencyId, employeeId, {
        position: { id: `${agencyId}-jab-analis`, name: 'Analis', group: 'FUNGSIONAL' },
      }),
    );
    await waitUntil(
      'the appraisal assessment',
      () => assessed(employeeId).find((a) => a.cause.eventId === finalizedId),
      45_000,
    );

    const completionEvent = uuidOf(`${employeeId}-completed`);
    await send(completionEvent, completed(employeeId), 2);
    // Behind the duplicate, on the same partition: a completion that raises nothing new.
    const sentinel = uuidOf(`${employeeId}-sentinel`);
    await send(
      sentinel,
      completed(employeeId, {
        completionId: uuidOf(`${employeeId}-c2`),
        competencies: [{ competencyCode: 'PEREKAT_BANGSA', level: 1, raisesAssessedLevel: true }],
      }),
    );
    // Ours (this database has the standard), so ours before it are out too.
    await waitUntil(
      'the sentinel assessment',
      () =>
        assessed(employeeId).find(
          (a) => a.cause.eventId === sentinel && a.jpm.heldPosition !== null,
        ),
      45_000,
    );

    const fromTraining = assessed(employeeId).filter((a) => a.cause.eventId === completionEvent);
    expect(assessmentIds(fromTraining)).toEqual([deterministicId(completionEvent, employeeId)]);
    const stored = await service.profileDoc(agencyId, employeeId);
    expect(stored?.appliedCauses.filter((c) => c === completionEvent)).toHaveLength(1);
    // Ours: against the standard of this test's database (another instance has none).
    const ours = fromTraining.find((a) => a.jpm.heldPosition !== null);
    expect(ours).toMatchObject({
      cause: { kind: 'TRAINING_COMPLETED', eventType: trainingCompletedV1.type },
      // KERJA_SAMA 3 of 3, INTEGRITAS not assessed (the program does not certify it): 3 of 5.
      jpm: { heldPosition: 60 },
    });
    expect(ours?.gaps.find((g) => g.competencyCode === 'KERJA_SAMA')).toMatchObject({
      current: 3,
      gap: 0,
    });

    const profile = await service
      .http()
      .get(`/api/v1/agencies/${agencyId}/profiles/${employeeId}`)
      .set('Authorization', admin)
      .expect(200);
    expect(
      bodyOf<{ history: { competencyCode: string; source: string; level: number }[] }>(
        profile,
      ).history.map((h) => [h.competencyCode, h.source, h.level]),
    ).toEqual([
      ['KERJA_SAMA', 'TRAINING', 3],
      ['PEREKAT_BANGSA', 'TRAINING', 1],
    ]);
  }, 90_000);

  it('should record nothing and publish nothing when the program certifies no level', async () => {
    const employeeId = `emp-${randomLetters()}`;
    const finalizedId = uuidOf(`${employeeId}-fin`);
    await publishFinalized(finalizedId, finalizedAppraisal(agencyId, employeeId));
    await waitUntil(
      'the appraisal assessment',
      () => assessed(employeeId).find((a) => a.cause.eventId === finalizedId),
      45_000,
    );
    const none = uuidOf(`${employeeId}-none`);
    await send(
      none,
      completed(employeeId, {
        competencies: [{ competencyCode: 'KERJA_SAMA', level: 5, raisesAssessedLevel: false }],
      }),
    );
    const raising = uuidOf(`${employeeId}-raising`);
    await send(raising, completed(employeeId, { completionId: uuidOf(`${employeeId}-c3`) }));
    await waitUntil(
      'the raising assessment',
      () => assessed(employeeId).find((a) => a.cause.eventId === raising),
      45_000,
    );
    expect(assessed(employeeId).filter((a) => a.cause.eventId === none)).toHaveLength(0);
  }, 90_000);
});
