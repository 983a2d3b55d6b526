import {
  appraisalFinalizedV1,
  dlqTopic,
  gapsAssessedV1,
  type GapsAssessedV1,
} from '@jenjang/contracts';
import { produceRaw, randomLetters, TopicRecorder, waitUntil } from '@jenjang/testing';
import {
  ceHeaders,
  CompetencyApp,
  finalizedAppraisal,
  publishFinalized,
  uuidOf,
  published,
  assessmentIds,
} from '../support/competency-app';
import { deterministicId } from '../../src/profile/domain/assessment';

describe('AppraisalConsumer', () => {
  let service: CompetencyApp;
  let recorder: TopicRecorder;
  const agencyId = `itest-${randomLetters()}`;
  let admin: string;

  beforeAll(async () => {
    service = await new CompetencyApp().start();
    recorder = await new TopicRecorder(service.env.brokers, [
      gapsAssessedV1.topic,
      dlqTopic(appraisalFinalizedV1.topic),
    ]).start();
    admin = await CompetencyApp.token(agencyId, undefined, 'ADMIN_INSTANSI');
    await service
      .http()
      .put(`/api/v1/agencies/${agencyId}/position-standards/${agencyId}-jab-analis`)
      .set('Authorization', `Bearer ${admin}`)
      .send({
        positionName: 'Analis Kepegawaian',
        positionGroup: 'FUNGSIONAL',
        requirements: [
          { code: 'KERJA_SAMA', requiredLevel: 3 },
          { code: 'INTEGRITAS', requiredLevel: 3 },
        ],
      })
      .expect(200);
  }, 60_000);

  afterAll(async () => {
    await recorder?.stop();
    await service?.stop();
  });

  const assessedFor = (employeeId: string): GapsAssessedV1[] =>
    published(recorder, gapsAssessedV1.topic)
      .filter((m) => m.key === employeeId)
      .map((m) => JSON.parse(m.value ?? '{}') as GapsAssessedV1);

  it('should publish exactly one gaps-assessed when the same appraisal-finalized is delivered twice', async () => {
    const employeeId = `emp-${randomLetters()}`;
    const eventId = uuidOf(`${employeeId}-finalized`);
    await publishFinalized(eventId, finalizedAppraisal(agencyId, employeeId), 2);
    // A later event for the same person (same partition): once its assessment is out, the
    // duplicate before it has been handled too.
    const sentinelId = uuidOf(`${employeeId}-sentinel`);
    await publishFinalized(
      sentinelId,
      finalizedAppraisal(agencyId, employeeId, {
        appraisalId: uuidOf(`${employeeId}-correction`),
        finalizedAt: '2026-02-01T00:00:00.000Z',
      }),
    );

    const all = await waitUntil(
      'the sentinel assessment',
      () => {
        const found = assessedFor(employeeId);
        // Ours (this database has the standard), so ours before it are out too.
        const ours = (a: GapsAssessedV1) =>
          a.cause.eventId === sentinelId && a.jpm.heldPosition !== null;
        return found.some(ours) ? found : undefined;
      },
      45_000,
    );
    const first = all.filter((a) => a.cause.eventId === eventId);
    expect(assessmentIds(first)).toEqual([deterministicId(eventId, employeeId)]);
    expect(assessmentIds(all)).toHaveLength(2);
    // This instance applied the cause once and published what it staged.
    const stored = await waitUntil('the outbox drained', async () => {
      const doc = await service.profileDoc(agencyId, employeeId);
      return doc?.outbox.length === 0 ? doc : undefined;
    });
    expect(stored.appliedCauses.filter((c) => c === eventId)).toHaveLength(1);
    // Ours: against the standard of this test's database (another instance has none).
    const assessment = first.find((a) => a.jpm.heldPosition !== null);
    if (!assessment) throw new Error('no assessment against the held standard');
    expect(assessment).toMatchObject({
      employeeId,
      agencyId,
      unitId: `${agencyId}.unit-a`,
      position: { id: `${agencyId}-jab-analis`, group: 'FUNGSIONAL' },
      targetPosition: null,
      cause: {
        kind: 'APPRAISAL_FINALIZED',
        eventId,
        eventType: appraisalFinalizedV1.type,
        predikat: 'KURANG_MISCONDUCT',
      },
      // Never assessed: 0 of 6 levels.
      jpm: { heldPosition: 0, targetPosition: null, formula: 'JPM-MIN-CAPPED-v1' },
    });
    expect(assessment.gaps).toHaveLength(2);
    // Kolaboratif weak → Kerja Sama, already short of the held standard: one need, first.
    expect(assessment.needs[0]).toMatchObject({
      rank: 1,
      competencyCode: 'KERJA_SAMA',
      source: 'GAP_HELD',
      levelNeeded: 3,
      relatedBerakhlakValue: 'KOLABORATIF',
    });
    expect(assessment.needs[0].reason.id).toContain('Kolaboratif');
    expect(gapsAssessedV1.validate(assessment).ok).toBe(true);
    const message = published(recorder, gapsAssessedV1.topic).find(
      (m) => m.headers.ce_id === assessment.assessmentId,
    );
    expect(message?.headers.ce_agency).toBe(agencyId);
  }, 60_000);

  it('should publish a null held JPM when the position held has no standard', async () => {
    const employeeId = `emp-${randomLetters()}`;
    const eventId = uuidOf(`${employeeId}-nostandard`);
    await publishFinalized(
      eventId,
      finalizedAppraisal(agencyId, employeeId, {
        position: { id: `${agencyId}-jab-lain`, name: 'Pengadministrasi', group: 'PELAKSANA' },
      }),
    );
    const [assessment] = await waitUntil(
      'the assessment',
      () => {
        const found = assessedFor(employeeId);
        return found.length ? found : undefined;
      },
      45_000,
    );
    expect(assessment.jpm.heldPosition).toBeNull();
    expect(assessment.gaps).toEqual([]);
    expect(assessment.needs).toEqual([
      expect.objectContaining({ competencyCode: 'KERJA_SAMA', source: 'APPRAISAL' }),
    ]);
  }, 60_000);

  it('should dead-letter a malformed event with its reason and still handle the one behind it', async () => {
    const employeeId = `emp-${randomLetters()}`;
    const badId = uuidOf(`${employeeId}-bad`);
    const bad = { ...finalizedAppraisal(agencyId, employeeId), predikat: 'LUAR_BIASA' };
    await produceRaw(service.env.brokers, appraisalFinalizedV1.topic, [
      {
        key: employeeId,
        value: JSON.stringify(bad),
        headers: ceHeaders(badId, appraisalFinalizedV1.type, employeeId, agencyId),
      },
      {
        key: employeeId,
        value: '{not json',
        headers: ceHeaders(
          uuidOf(`${employeeId}-broken`),
          appraisalFinalizedV1.type,
          employeeId,
          agencyId,
        ),
      },
    ]);
    const goodId = uuidOf(`${employeeId}-good`);
    await publishFinalized(goodId, finalizedAppraisal(agencyId, employeeId));

    await waitUntil(
      'the good event assessed',
      () => assessedFor(employeeId).find((a) => a.cause.eventId === goodId),
      45_000,
    );
    const dead = await waitUntil(
      'two dead letters of this consumer',
      () => {
        const found = published(recorder, dlqTopic(appraisalFinalizedV1.topic)).filter(
          (m) => m.key === employeeId && m.headers['x-dlq-consumer-group'] === service.group,
        );
        return found.length === 2 ? found : undefined;
      },
      45_000,
    );
    expect(dead.map((m) => m.headers['x-dlq-reason'])).toEqual([
      'schema-invalid',
      'malformed-json',
    ]);
    expect(dead[0].headers['x-dlq-error']).toContain('predikat');
    expect(dead[0].headers.ce_id).toBe(badId);
    expect(assessmentIds(assessedFor(employeeId))).toEqual([deterministicId(goodId, employeeId)]);
  }, 60_000);
});
