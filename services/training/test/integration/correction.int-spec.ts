import { randomUUID } from 'node:crypto';
import { appraisalFinalizedV1 } from '@jenjang/contracts';
import { randomLetters, waitUntil } from '@jenjang/testing';
import { finalized, publish, TrainingApp } from '../support/training-app';

const AGENCY = `ag-${randomLetters()}`;
const bearer = { type: 'bearer' as const };

type Item = {
  recommendationId: string;
  status: string;
  expiredReason?: string;
};
type SetView = { id: string; cause: { appraisalId?: string }; items: Item[] };

describe('a corrected appraisal', () => {
  let training: TrainingApp;
  let admin: string;
  const post = (path: string, token: string, body: object = {}) =>
    training
      .http()
      .post(path)
      .auth(token, bearer)
      .set('Idempotency-Key', `k-${randomLetters()}`)
      .send(body);
  const setsOf = async (employeeId: string) =>
    (
      await training
        .http()
        .get(`/api/v1/recommendation-sets?employeeId=${employeeId}`)
        .auth(admin, bearer)
    ).body as SetView[];

  async function program(code: string, form: string, values: string[]) {
    const res = await post('/api/v1/programs', admin, {
      code,
      title: `Program ${code}`,
      form,
      provider: { kind: 'INTERNAL', name: 'BKD' },
      jp: 8,
      competencies: [{ competencyCode: 'KERJA_SAMA', level: 2, raisesAssessedLevel: false }],
      berakhlakValues: values,
      availability: 'OWN',
    });
    expect(res.status).toBe(201);
    const session = await post(`/api/v1/programs/${AGENCY}.${code}/sessions`, admin, {
      code: 's1',
      startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      endsAt: new Date(Date.now() + 8 * 86_400_000).toISOString(),
      capacity: 20,
    });
    expect(session.status).toBe(201);
  }

  beforeAll(async () => {
    training = await new TrainingApp().start({ RECOMMENDATION_GRACE_MS: '300' });
    admin = await TrainingApp.token(AGENCY, undefined, 'ADMIN_INSTANSI');
    await program('kolaborasi', 'PELATIHAN_TEKNIS', ['KOLABORATIF']);
    await program('coaching', 'COACHING', ['ADAPTIF']);
    await program('adaptasi', 'SEMINAR', ['ADAPTIF']);
  });

  afterAll(async () => {
    await training?.stop();
  });

  it('should expire the open recommendations of the superseded appraisal once, keeping decided ones', async () => {
    const original = finalized({ agencyId: AGENCY });
    await publish(appraisalFinalizedV1.topic, appraisalFinalizedV1.type, original);
    const [first] = await waitUntil('the first set', async () => {
      const sets = await setsOf(original.employeeId);
      return sets.length > 0 ? sets : undefined;
    });
    expect(first.items.length).toBeGreaterThanOrEqual(2);
    const me = await TrainingApp.token(AGENCY, original.employeeId, 'PEGAWAI');
    const accepted = first.items[0].recommendationId;
    expect((await post(`/api/v1/recommendations/${accepted}/accept`, me)).status).toBe(201);

    const correction = {
      ...finalized({ agencyId: AGENCY, employeeId: original.employeeId }),
      appraisalId: randomUUID(),
      version: 2,
      correctionOf: original.appraisalId,
    };
    const eventId = await publish(
      appraisalFinalizedV1.topic,
      appraisalFinalizedV1.type,
      correction,
    );
    await publish(appraisalFinalizedV1.topic, appraisalFinalizedV1.type, correction, eventId);

    const sets = await waitUntil('the old set expired and a new one', async () => {
      const all = await setsOf(original.employeeId);
      const old = all.find((s) => s.id === first.id);
      const done = old?.items.every((i) => i.status !== 'OPEN') && all.length === 2;
      return done ? all : undefined;
    });
    await training.settled();

    const old = sets.find((s) => s.id === first.id)!;
    expect(old.items.map((i) => [i.status, i.expiredReason ?? null])).toEqual(
      first.items.map((i) =>
        i.recommendationId === accepted ? ['ACCEPTED', null] : ['EXPIRED', 'APPRAISAL_CORRECTED'],
      ),
    );
    const fresh = sets.find((s) => s.id !== first.id)!;
    expect(fresh.cause.appraisalId).toBe(correction.appraisalId);
    expect(fresh.items.every((i) => i.status === 'OPEN')).toBe(true);
    expect(await setsOf(original.employeeId)).toHaveLength(2);
    const uptake = await training
      .http()
      .get(`/api/v1/agencies/${AGENCY}/reports/recommendation-uptake`)
      .auth(admin, bearer);
    expect(uptake.body).toMatchObject({ ACCEPTED: 1, EXPIRED: first.items.length - 1 });
  });

  it('should never publish the set of an appraisal whose correction came first', async () => {
    const original = finalized({ agencyId: AGENCY });
    const correction = {
      ...finalized({ agencyId: AGENCY, employeeId: original.employeeId }),
      appraisalId: randomUUID(),
      version: 2,
      correctionOf: original.appraisalId,
    };
    await publish(appraisalFinalizedV1.topic, appraisalFinalizedV1.type, correction);
    await waitUntil('the correction recommended', async () =>
      (await setsOf(original.employeeId)).length === 1 ? true : undefined,
    );
    await publish(appraisalFinalizedV1.topic, appraisalFinalizedV1.type, original);
    await training.settled();

    const sets = await setsOf(original.employeeId);
    expect(sets.map((s) => s.cause.appraisalId)).toEqual([correction.appraisalId]);
  });
});
