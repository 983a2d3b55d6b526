import {
  publishPlacements,
  randomLetters,
  testEnv,
  TopicRecorder,
  waitForGroupToPass,
  waitUntil,
} from '@jenjang/testing';
import { employeePlacedV1, trainingCompletedV1 } from '@jenjang/contracts';
import { TrainingApp } from '../support/training-app';

const AGENCY = `ag-${randomLetters()}`;
const OTHER = `ag-${randomLetters()}`;
const bearer = { type: 'bearer' as const };
const key = () => `k-${randomLetters()}`;

const programBody = (code: string, over: Record<string, unknown> = {}) => ({
  code,
  title: 'E-Learning Pelayanan Publik',
  form: 'E_LEARNING',
  provider: { kind: 'LAN', name: 'LAN RI' },
  jp: 16,
  competencies: [{ competencyCode: 'PELAYANAN_PUBLIK', level: 2, raisesAssessedLevel: false }],
  berakhlakValues: ['BERORIENTASI_PELAYANAN'],
  availability: 'OWN',
  ...over,
});

describe('enrollment and completion', () => {
  let training: TrainingApp;
  let recorder: TopicRecorder;
  let admin: string;
  const post = (path: string, token: string, body: object = {}) =>
    training.http().post(path).auth(token, bearer).set('Idempotency-Key', key()).send(body);

  async function session(
    agencyToken: string,
    agencyId: string,
    code: string,
    capacity: number,
    hours: number,
  ) {
    expect((await post('/api/v1/programs', agencyToken, programBody(code))).status).toBe(201);
    const res = await post(`/api/v1/programs/${agencyId}.${code}/sessions`, agencyToken, {
      code: 's1',
      startsAt: new Date(Date.now() + hours * 3600_000).toISOString(),
      endsAt: new Date(Date.now() + (hours + 48) * 3600_000).toISOString(),
      capacity,
    });
    expect(res.status).toBe(201);
    return (res.body as { id: string }).id;
  }

  beforeAll(async () => {
    recorder = await new TopicRecorder(testEnv().brokers, [trainingCompletedV1.topic]).start();
    training = await new TrainingApp().start();
    admin = await TrainingApp.token(AGENCY, undefined, 'ADMIN_INSTANSI');
  });

  afterAll(async () => {
    await training?.stop();
    await recorder?.stop();
  });

  it("should ask the superior of today's placement to approve, not the penilai of an old appraisal", async () => {
    const agency = `ag-${randomLetters()}`;
    const hr = await TrainingApp.token(agency, undefined, 'ADMIN_INSTANSI');
    const settings = await training
      .http()
      .put(`/api/v1/agencies/${agency}/training-settings`)
      .auth(hr, bearer)
      .send({ jpRequired: 20, approvalRequired: true });
    expect(settings.status).toBe(200);
    const employee = `emp-${randomLetters()}`;
    const superior = `sup-${randomLetters()}`;
    await publishPlacements(testEnv().brokers, [
      {
        agencyId: agency,
        employeeId: employee,
        superiorEmployeeId: superior,
        unitId: 'unit-a',
        position: { id: 'jab-analis', name: 'Analis Kebijakan', group: 'FUNGSIONAL' },
      },
    ]);
    await waitForGroupToPass(testEnv().brokers, training.groupId, [employeePlacedV1.topic]);
    const sessionId = await session(hr, agency, 'orientasi', 5, 12);
    const me = await TrainingApp.token(agency, employee, 'PEGAWAI');
    const enrolled = await post('/api/v1/enrollments', me, { sessionId });
    expect(enrolled.status).toBe(201);
    expect(enrolled.body).toMatchObject({
      status: 'PENDING_APPROVAL',
      approverEmployeeId: superior,
    });
    const id = (enrolled.body as { id: string }).id;
    const boss = await TrainingApp.token(agency, superior, 'PENILAI');
    expect((await post(`/api/v1/enrollments/${id}/approve`, boss)).status).toBe(201);
  });

  it('should count the JP of a completion once, even when completion is sent again', async () => {
    const sessionId = await session(admin, AGENCY, 'pelayanan', 5, 12);
    const employee = `emp-${randomLetters()}`;
    const me = await TrainingApp.token(AGENCY, employee, 'PEGAWAI');
    const enrolled = await post('/api/v1/enrollments', me, { sessionId });
    expect(enrolled.status).toBe(201);
    const id = (enrolled.body as { id: string }).id;
    expect((await post(`/api/v1/enrollments/${id}/attend`, me)).status).toBe(201);

    const first = await post(`/api/v1/enrollments/${id}/complete`, admin, { score: 88 });
    const again = await post(`/api/v1/enrollments/${id}/complete`, admin, { score: 88 });
    const jp = await training
      .http()
      .get(`/api/v1/employees/${employee}/jp/${new Date().getFullYear()}`)
      .auth(me, bearer);

    expect(first.status).toBe(201);
    expect(again.status).toBe(409);
    expect(jp.body).toMatchObject({ jpEarned: 16, jpRequired: 20, jpMissing: 4, met: false });
    await waitUntil('the completed event', () =>
      recorder.on(trainingCompletedV1.topic).find((m) => m.key === employee),
    );
    await training.settled(recorder);
    const events = recorder.on(trainingCompletedV1.topic).filter((m) => m.key === employee);
    expect(events).toHaveLength(1);
    expect(JSON.parse(events[0].value!)).toMatchObject({ jp: 16, jpEarnedInYear: 16, score: 88 });
  });

  it('should refuse to complete a training that never started, changing nothing', async () => {
    const sessionId = await session(admin, AGENCY, 'later', 5, 24 * 30);
    const employee = `emp-${randomLetters()}`;
    const me = await TrainingApp.token(AGENCY, employee, 'PEGAWAI');
    const id = ((await post('/api/v1/enrollments', me, { sessionId })).body as { id: string }).id;

    const res = await post(`/api/v1/enrollments/${id}/complete`, admin, {});
    const after = await training.http().get(`/api/v1/enrollments/${id}`).auth(me, bearer);

    expect(res.status).toBe(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(after.body).toMatchObject({ status: 'ENROLLED', completion: null });
  });

  it('should refuse an enrollment over capacity', async () => {
    const sessionId = await session(admin, AGENCY, 'kecil', 1, 48);
    const a = await TrainingApp.token(AGENCY, `emp-${randomLetters()}`, 'PEGAWAI');
    const b = await TrainingApp.token(AGENCY, `emp-${randomLetters()}`, 'PEGAWAI');

    expect((await post('/api/v1/enrollments', a, { sessionId })).status).toBe(201);
    const full = await post('/api/v1/enrollments', b, { sessionId });

    expect(full.status).toBe(409);
    expect(full.body).toMatchObject({ code: 'SESSION_FULL' });
  });

  it("should refuse enrollment in another agency's own program", async () => {
    const otherAdmin = await TrainingApp.token(OTHER, undefined, 'ADMIN_INSTANSI');
    const sessionId = await session(otherAdmin, OTHER, 'tertutup', 10, 48);
    const me = await TrainingApp.token(AGENCY, `emp-${randomLetters()}`, 'PEGAWAI');

    const res = await post('/api/v1/enrollments', me, { sessionId });

    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ code: 'PROGRAM_NOT_OPEN_TO_AGENCY' });
  });

  it('should refuse a program with negative JP, naming the field', async () => {
    const res = await post('/api/v1/programs', admin, programBody('negatif', { jp: -4 }));
    const list = await training.http().get('/api/v1/programs').auth(admin, bearer);

    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('jp');
    expect((list.body as { id: string }[]).map((p) => p.id)).not.toContain(`${AGENCY}.negatif`);
  });
});
