import {
  appraisalFinalizedV1,
  dlqTopic,
  talentBoxAssignedV1,
  type TalentBoxAssignedV1,
} from '@jenjang/contracts';
import { InboxStore } from '@jenjang/messaging';
import { randomLetters, waitUntil } from '@jenjang/testing';
import { TalentService } from '../../src/talent/talent.service';
import { CareerApp, careerSuite } from '../support/career-app';
import { annualAppraisal, CONSUMED_MS, publish } from '../support/events';

describe('talent map (9-box) on the real broker', () => {
  const suite = careerSuite({
    topics: [talentBoxAssignedV1.topic, dlqTopic(appraisalFinalizedV1.topic)],
    consume: true,
  });
  const { service, agency } = suite;

  const boxesOf = (employeeId: string) =>
    suite.recorder
      .on(talentBoxAssignedV1.topic)
      .map((m) => JSON.parse(m.value!) as TalentBoxAssignedV1)
      .filter((e) => e.employeeId === employeeId);

  const potential = (employeeId: string, score: number, scale = { min: 0, max: 100 }) =>
    service
      .http()
      .post(`/api/v1/talent/employees/${employeeId}/potential-assessments`)
      .auth(suite.admin, { type: 'bearer' })
      .send({ score, scale, source: 'ASSESSMENT_CENTER', assessedOn: '2025-11-12' });

  /** Until the consumer has applied (and recorded) an event. */
  const handled = (eventId: string) =>
    waitUntil(
      `event ${eventId} handled`,
      () => service.app.get(InboxStore).seen(service.groupId, eventId),
      CONSUMED_MS,
    );

  const profile = (employeeId: string) =>
    service
      .http()
      .get(`/api/v1/talent/employees/${employeeId}`)
      .auth(suite.admin, { type: 'bearer' })
      .expect(200)
      .then((r) => r.body as { placement: { box: number } | null; predikatHistory: unknown[] });

  it('should place a person once both axes are known, once per box change, ignoring redeliveries', async () => {
    const emp = `emp-${randomLetters()}`;
    await potential(emp, 85).expect(201);
    expect((await profile(emp)).placement).toBeNull();

    const first = annualAppraisal(emp, agency, { predikat: 'BAIK' });
    const eventId = await publish(appraisalFinalizedV1, first);
    const [assigned] = await waitUntil(
      'box 8',
      () => {
        const found = boxesOf(emp);
        return found.length ? found : undefined;
      },
      CONSUMED_MS,
    );
    expect(assigned).toMatchObject({
      box: 8,
      previousBox: null,
      kinerja: 'MEDIUM',
      potensi: 'HIGH',
      predikat: 'BAIK',
      unitId: 'dinkes.yankes',
      cause: {
        kind: 'APPRAISAL_FINALIZED',
        eventId,
        eventType: appraisalFinalizedV1.type,
        appraisalId: first.appraisalId,
      },
    });
    expect(assigned.recommendedAction.id).toContain('KRS');
    expect(assigned.recommendedAction.en).toContain('KRS');
    expect(talentBoxAssignedV1.validate(assigned).ok).toBe(true);

    // Redelivery of the same event id, then the same appraisal under a new id (a re-publish),
    // and the effect applied twice in-process as if the inbox record had been lost.
    await publish(appraisalFinalizedV1, first, { id: eventId });
    const republished = await publish(appraisalFinalizedV1, first);
    await handled(republished);
    const talent = service.app.get(TalentService);
    await talent.onAppraisalFinalized(first, { id: eventId, type: appraisalFinalizedV1.type });

    // A correction (version 2) moves the person to box 9.
    const correction = annualAppraisal(emp, agency, {
      version: 2,
      correctionOf: first.appraisalId,
      predikat: 'SANGAT_BAIK',
      ratingHasilKerja: 'DI_ATAS_EKSPEKTASI',
    });
    await publish(appraisalFinalizedV1, correction);
    await waitUntil(
      'box 9',
      () => (boxesOf(emp).some((e) => e.box === 9) ? true : undefined),
      CONSUMED_MS,
    );
    expect(boxesOf(emp).map((e) => [e.box, e.previousBox])).toEqual([
      [8, null],
      [9, 8],
    ]);
  });

  it('should not publish when the box stays and ignore periodic appraisals', async () => {
    const emp = `emp-${randomLetters()}`;
    await potential(emp, 4.5, { min: 1, max: 5 }).expect(201);
    await publish(appraisalFinalizedV1, annualAppraisal(emp, agency, { predikat: 'SANGAT_BAIK' }));
    await waitUntil('box 9', () => (boxesOf(emp).length ? true : undefined), CONSUMED_MS);
    // Next year, same box; and a quarterly appraisal with a weak predikat.
    await publish(
      appraisalFinalizedV1,
      annualAppraisal(emp, agency, {
        predikat: 'SANGAT_BAIK',
        period: {
          ...appraisalFinalizedV1.example.period,
          year: 2026,
          startDate: '2026-01-01',
          endDate: '2026-12-31',
        },
      }),
    );
    const quarterly = await publish(
      appraisalFinalizedV1,
      annualAppraisal(emp, agency, {
        predikat: 'BUTUH_PERBAIKAN',
        period: {
          kind: 'TRIWULANAN',
          year: 2027,
          index: 1,
          startDate: '2027-01-01',
          endDate: '2027-03-31',
        },
      }),
    );
    await waitUntil(
      'the 2026 kinerja recorded',
      async () => ((await profile(emp)).predikatHistory.length === 2 ? true : undefined),
      CONSUMED_MS,
    );
    await handled(quarterly);
    expect((await profile(emp)).predikatHistory).toHaveLength(2);
    expect(boxesOf(emp)).toHaveLength(1);
  });

  it('should dead-letter a bad event with its reason and still process the ones behind it', async () => {
    const emp = `emp-${randomLetters()}`;
    await potential(emp, 10).expect(201);
    const invalidId = await publish(appraisalFinalizedV1, {
      ...annualAppraisal(emp, agency),
      predikat: 'LUAR_BIASA' as 'BAIK',
    });
    const foreignId = await publish(appraisalFinalizedV1, annualAppraisal(emp, agency), {
      headers: { ce_agency: 'OTHER-AGENCY' },
    });
    await publish(
      appraisalFinalizedV1,
      annualAppraisal(emp, agency, { predikat: 'SANGAT_KURANG' }),
    );

    await waitUntil(
      'box 1 behind the bad events',
      () => (boxesOf(emp).some((e) => e.box === 1) ? true : undefined),
      CONSUMED_MS,
    );
    const dead = await waitUntil(
      'two dead letters',
      () => {
        const found = suite.recorder
          .on(dlqTopic(appraisalFinalizedV1.topic))
          .filter((m) => [invalidId, foreignId].includes(m.headers.ce_id))
          // Other engines of this service (other suites, the e2e platform) dead-letter them too.
          .filter((m) => m.headers['x-dlq-consumer-group'] === service.groupId);
        return found.length === 2 ? found : undefined;
      },
      CONSUMED_MS,
    );
    const reasons = Object.fromEntries(
      dead.map((m) => [m.headers.ce_id, m.headers['x-dlq-reason']]),
    );
    expect(reasons).toEqual({ [invalidId]: 'schema-invalid', [foreignId]: 'envelope-mismatch' });
  });

  it('should refuse a potential score outside its scale, naming the field, and store nothing', async () => {
    const emp = `emp-${randomLetters()}`;
    const res = await potential(emp, 5.5, { min: 1, max: 5 }).expect(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect((res.body as { errors: { field: string }[] }).errors[0].field).toBe('score');
    await service
      .http()
      .get(`/api/v1/talent/employees/${emp}`)
      .auth(suite.admin, { type: 'bearer' })
      .expect(404);
  });

  it('should re-place people when the agency moves its cut-offs', async () => {
    const own = `AG-${randomLetters(5)}`;
    const ownAdmin = await CareerApp.token(own, 'emp-admin', 'ADMIN_INSTANSI');
    const emp = `emp-${randomLetters()}`;
    await service
      .http()
      .post(`/api/v1/talent/employees/${emp}/potential-assessments`)
      .auth(ownAdmin, { type: 'bearer' })
      .send({
        score: 75,
        scale: { min: 0, max: 100 },
        source: 'TES_POTENSI',
        assessedOn: '2025-10-01',
      })
      .expect(201);
    await publish(appraisalFinalizedV1, annualAppraisal(emp, own, { predikat: 'BAIK' }));
    await waitUntil(
      'box 5',
      () => (boxesOf(emp).some((e) => e.box === 5) ? true : undefined),
      CONSUMED_MS,
    );

    const saved = await service
      .http()
      .put(`/api/v1/agencies/${own}/talent-settings`)
      .auth(ownAdmin, { type: 'bearer' })
      .send({
        cutoffs: {
          kinerja: { mediumFrom: 'BUTUH_PERBAIKAN', highFrom: 'BAIK' },
          potensi: { mediumFromPercent: 50, highFromPercent: 75 },
        },
        successionBoxes: [8, 9],
        revision: 0,
      })
      .expect(200);
    expect(saved.body).toMatchObject({ configured: true, revision: 1 });
    const moved = await waitUntil(
      'box 9 after the new cut-offs',
      () => boxesOf(emp).find((e) => e.box === 9),
      CONSUMED_MS,
    );
    expect(moved.cause).toEqual({ kind: 'CUTOFFS_CHANGED', eventId: null, eventType: null });
    await service
      .http()
      .put(`/api/v1/agencies/${own}/talent-settings`)
      .auth(ownAdmin, { type: 'bearer' })
      .send({
        cutoffs: (saved.body as { cutoffs: object }).cutoffs,
        successionBoxes: [7, 8, 9],
        revision: 0,
      })
      .expect(409);
  });
});
