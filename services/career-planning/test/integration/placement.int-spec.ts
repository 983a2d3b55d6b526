import { employeePlacedV1, type EmployeePlacedV1 } from '@jenjang/contracts';
import { TopicRecorder, randomLetters, testEnv, waitUntil } from '@jenjang/testing';
import { CareerApp, positionBody } from '../support/career-app';

describe('positions and placements', () => {
  const service = new CareerApp();
  const agency = `AG-${randomLetters(5)}`;
  let admin: string;
  let recorder: TopicRecorder;

  beforeAll(async () => {
    await service.start();
    recorder = await new TopicRecorder(testEnv().brokers, [employeePlacedV1.topic]).start();
    admin = await CareerApp.token(agency, 'emp-admin', 'ADMIN_INSTANSI');
    for (const [id, body] of [
      [
        'jab-pelaksana',
        positionBody({ name: 'Pengadministrasi Umum', group: 'PELAKSANA', grade: 6 }),
      ],
      ['jab-kasi', positionBody({ isKey: true })],
      [
        'jab-analis',
        positionBody({ name: 'Analis Kebijakan Ahli Muda', group: 'FUNGSIONAL', grade: 9 }),
      ],
    ] as const) {
      await service
        .http()
        .put(`/api/v1/positions/${id}`)
        .auth(admin, { type: 'bearer' })
        .send(body)
        .expect(200);
    }
  });

  afterAll(async () => {
    await recorder?.stop();
    await service?.stop();
  });

  const place = (body: Record<string, unknown>) =>
    service.http().post('/api/v1/placements').auth(admin, { type: 'bearer' }).send(body);

  const eventsOf = (employeeId: string) =>
    recorder
      .on(employeePlacedV1.topic)
      .map((m) => JSON.parse(m.value!) as EmployeePlacedV1)
      .filter((e) => e.employeeId === employeeId);

  it('should keep the history, end the open post at a new one and publish each revision', async () => {
    const employeeId = `emp-${randomLetters()}`;
    const first = await place({
      employeeId,
      positionId: 'jab-pelaksana',
      validFrom: '2020-01-02',
    }).expect(201);
    expect(first.body).toMatchObject({ move: 'INITIAL', validTo: null, revision: 1 });
    const second = await place({
      employeeId,
      positionId: 'jab-kasi',
      superiorEmployeeId: 'emp-kabid',
      validFrom: '2024-03-01',
    }).expect(201);
    expect(second.body).toMatchObject({ move: 'VERTICAL', position: { id: 'jab-kasi', grade: 9 } });

    const events = await waitUntil('three employee-placed events', () => {
      const found = eventsOf(employeeId);
      return found.length === 3 ? found : undefined;
    });
    const firstId = (first.body as { id: string }).id;
    const secondId = (second.body as { id: string }).id;
    const byRevision = events.map((e) => [e.placementId, e.revision, e.validTo, e.move]);
    expect(byRevision).toEqual(
      expect.arrayContaining([
        [firstId, 1, null, 'INITIAL'],
        [firstId, 2, '2024-02-29', 'INITIAL'],
        [secondId, 1, null, 'VERTICAL'],
      ]),
    );
    expect(events.every((e) => employeePlacedV1.validate(e).ok)).toBe(true);
    expect(events.find((e) => e.placementId === secondId)?.superiorEmployeeId).toBe('emp-kabid');
  });

  it('should refuse a placement overlapping a closed one with 409 and change nothing', async () => {
    const employeeId = `emp-${randomLetters()}`;
    await place({
      employeeId,
      positionId: 'jab-pelaksana',
      validFrom: '2020-01-01',
      validTo: '2022-12-31',
    }).expect(201);
    const refused = await place({
      employeeId,
      positionId: 'jab-analis',
      validFrom: '2022-06-01',
      validTo: '2023-01-31',
    }).expect(409);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body).toMatchObject({ code: 'PLACEMENT_OVERLAP' });
    const list = await service
      .http()
      .get(`/api/v1/placements?employeeId=${employeeId}`)
      .auth(admin, { type: 'bearer' })
      .expect(200);
    expect(list.body).toHaveLength(1);
  });

  it('should refuse a position that is not in the catalog and a bad grade, naming the field', async () => {
    const res = await place({
      employeeId: 'emp-x',
      positionId: 'jab-none',
      validFrom: '2024-01-01',
    }).expect(422);
    expect(JSON.stringify(res.body)).toContain('positionId');
    const bad = await service
      .http()
      .put('/api/v1/positions/jab-bad')
      .auth(admin, { type: 'bearer' })
      .send(positionBody({ grade: 18 }))
      .expect(400);
    expect(JSON.stringify(bad.body)).toContain('grade');
  });

  it('should classify a move to a higher post of another family as DIAGONAL', async () => {
    const employeeId = `emp-${randomLetters()}`;
    await place({ employeeId, positionId: 'jab-pelaksana', validFrom: '2021-01-01' }).expect(201);
    const res = await place({
      employeeId,
      positionId: 'jab-analis',
      validFrom: '2025-01-01',
    }).expect(201);
    expect((res.body as { move: string }).move).toBe('DIAGONAL');
  });
});
