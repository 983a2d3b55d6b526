import { appraisalFinalizedV1 } from '@jenjang/contracts';
import { randomLetters, waitUntil } from '@jenjang/testing';
import { finalized, publish, TrainingApp } from '../support/training-app';

const AGENCY = `ag-${randomLetters()}`;
const bearer = { type: 'bearer' as const };

type SetView = { items: { recommendationId: string }[] };
type Unit = {
  unitId: string;
  accepted: number;
  declined: number;
  declineRate: number | null;
  reasons: { reason: string; count: number }[];
  withoutReason: number;
};

describe('the recommendation declines report (resistance to change, by unit)', () => {
  let training: TrainingApp;
  let admin: string;
  const post = (path: string, token: string, body: object = {}) =>
    training
      .http()
      .post(path)
      .auth(token, bearer)
      .set('Idempotency-Key', `k-${randomLetters()}`)
      .send(body);

  beforeAll(async () => {
    training = await new TrainingApp().start({ RECOMMENDATION_GRACE_MS: '300' });
    admin = await TrainingApp.token(AGENCY, undefined, 'ADMIN_INSTANSI');
    for (const [code, values] of [
      ['kolaborasi', ['KOLABORATIF']],
      ['adaptasi', ['ADAPTIF']],
    ] as const) {
      const res = await post('/api/v1/programs', admin, {
        code,
        title: `Program ${code}`,
        form: 'PELATIHAN_TEKNIS',
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
  });

  afterAll(async () => {
    await training?.stop();
  });

  it('should count declines per unit with their reasons and link the rotation report', async () => {
    const people = ['unit-a', 'unit-a', 'unit-b'].map((unitId) =>
      finalized({ agencyId: AGENCY, unitId: `${AGENCY}.${unitId}` }),
    );
    for (const p of people) await publish(appraisalFinalizedV1.topic, appraisalFinalizedV1.type, p);
    const first = async (employeeId: string) =>
      waitUntil(`the set of ${employeeId}`, async () => {
        const sets = (
          await training
            .http()
            .get(`/api/v1/recommendation-sets?employeeId=${employeeId}`)
            .auth(admin, bearer)
        ).body as SetView[];
        return sets[0]?.items[0]?.recommendationId;
      });
    const answers = [
      ['DECLINE', 'Beban kerja unit sedang tinggi'],
      ['DECLINE', 'beban kerja unit  sedang tinggi'],
      ['ACCEPT', null],
    ] as const;
    for (const [i, [answer, reason]] of answers.entries()) {
      const me = await TrainingApp.token(AGENCY, people[i].employeeId, 'PEGAWAI');
      const id = await first(people[i].employeeId);
      const path = `/api/v1/recommendations/${id}/${answer === 'DECLINE' ? 'decline' : 'accept'}`;
      expect((await post(path, me, reason ? { reason } : {})).status).toBe(201);
    }

    const res = await training
      .http()
      .get(`/api/v1/agencies/${AGENCY}/reports/recommendation-declines`)
      .auth(admin, bearer)
      .expect(200);
    expect(res.headers.link).toContain(`/api/v1/agencies/${AGENCY}/reports/rotation-acceptance`);
    const body = res.body as { units: Unit[]; related: { path: string } };
    expect(body.related.path).toBe(`/api/v1/agencies/${AGENCY}/reports/rotation-acceptance`);
    const a = body.units.find((u) => u.unitId === `${AGENCY}.unit-a`)!;
    expect(a).toMatchObject({ accepted: 0, declined: 2, declineRate: 1, withoutReason: 0 });
    // The same words counted together, whichever spelling came first.
    expect(a.reasons.map((r) => [r.reason.toLowerCase(), r.count])).toEqual([
      ['beban kerja unit sedang tinggi', 2],
    ]);
    const b = body.units.find((u) => u.unitId === `${AGENCY}.unit-b`)!;
    expect(b).toMatchObject({ accepted: 1, declined: 0, declineRate: 0, reasons: [] });
    await training
      .http()
      .get(`/api/v1/agencies/${AGENCY}/reports/recommendation-declines`)
      .auth(await TrainingApp.token(AGENCY, people[0].employeeId, 'PEGAWAI'), bearer)
      .expect(403);
    // The agency comes from the path: another agency's admin is refused, an analyst reads it.
    await training
      .http()
      .get(`/api/v1/agencies/${AGENCY}/reports/recommendation-declines`)
      .auth(await TrainingApp.token(`x-${AGENCY}`, undefined, 'ADMIN_INSTANSI'), bearer)
      .expect(403);
    const analyst = await training
      .http()
      .get(`/api/v1/agencies/${AGENCY}/reports/recommendation-declines`)
      .auth(await TrainingApp.token(`x-${AGENCY}`, undefined, 'ANALIS'), bearer)
      .expect(200);
    expect((analyst.body as { units: Unit[] }).units).toEqual(body.units);
  });
});
