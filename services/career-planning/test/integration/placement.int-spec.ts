import { employeePlacedV1, type EmployeePlacedV1 } from '@jenjang/contracts';
import { randomLetters, waitUntil } from '@jenjang/testing';
import { CareerApp, careerSuite, positionBody } from '../support/career-app';

describe('positions and placements', () => {
  const suite = careerSuite({ topics: [employeePlacedV1.topic] });
  const { service, agency } = suite;

  beforeAll(async () => {
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
        .auth(suite.admin, { type: 'bearer' })
        .send(body)
        .expect(200);
    }
  });

  const place = (body: Record<string, unknown>) =>
    service.http().post('/api/v1/placements').auth(suite.admin, { type: 'bearer' }).send(body);

  const eventsOf = (employeeId: string) =>
    suite.recorder
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
      .auth(suite.admin, { type: 'bearer' })
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
      .auth(suite.admin, { type: 'bearer' })
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

  describe('another agency', () => {
    const agencyB = `AG-${randomLetters(5)}`;
    let adminB: string;

    beforeAll(async () => {
      adminB = await CareerApp.token(agencyB, 'emp-admin-b', 'ADMIN_INSTANSI');
      await service
        .http()
        .put('/api/v1/positions/jab-b')
        .auth(adminB, { type: 'bearer' })
        .send(positionBody({ name: 'Jabatan Instansi B', unitId: 'bappeda.renbang' }))
        .expect(200);
    });

    const placeAs = (token: string, body: Record<string, unknown>) =>
      service.http().post('/api/v1/placements').auth(token, { type: 'bearer' }).send(body);

    const historyIn = async (token: string, employeeId: string) =>
      (
        await service
          .http()
          .get(`/api/v1/placements?employeeId=${employeeId}`)
          .auth(token, { type: 'bearer' })
          .expect(200)
      ).body as { id: string; validTo: string | null; revision: number; agencyId: string }[];

    it('should neither reveal nor end the open placement of another agency', async () => {
      const employeeId = `emp-${randomLetters()}`;
      const held = await place({
        employeeId,
        positionId: 'jab-kasi',
        validFrom: '2020-01-02',
      }).expect(201);
      const heldId = (held.body as { id: string }).id;

      // Overlapping A's open post from an earlier start: A's post and dates stay unseen.
      const overlapping = await placeAs(adminB, {
        employeeId,
        positionId: 'jab-b',
        validFrom: '2019-06-01',
        validTo: '2020-06-30',
      });
      expect(JSON.stringify(overlapping.body)).not.toContain('Kepala Seksi');
      expect(JSON.stringify(overlapping.body)).not.toContain('2020-01-02');
      // A later start: before the fix this ended A's open placement.
      await placeAs(adminB, { employeeId, positionId: 'jab-b', validFrom: '2024-05-01' }).expect(
        201,
      );

      const inA = await historyIn(suite.admin, employeeId);
      expect(inA).toEqual([
        expect.objectContaining({ id: heldId, validTo: null, revision: 1, agencyId: agency }),
      ]);
      const inB = await historyIn(adminB, employeeId);
      expect(inB.every((p) => p.agencyId === agencyB)).toBe(true);
    });

    it('should leave another agency placement alone on a CSV import', async () => {
      const employeeId = `emp-${randomLetters()}`;
      const held = await place({
        employeeId,
        positionId: 'jab-kasi',
        validFrom: '2020-01-02',
      }).expect(201);
      const heldId = (held.body as { id: string }).id;
      const csv = [
        'employee_id,jabatan_id,tmt_jabatan,tanggal_selesai',
        `${employeeId},jab-b,01-05-2024,`,
      ].join('\n');
      const res = await service
        .http()
        .post('/api/v1/imports/placements')
        .auth(adminB, { type: 'bearer' })
        .set('Content-Type', 'text/csv')
        .send(csv)
        .expect(201);
      expect(res.body).toMatchObject({ written: 1 });
      expect(await historyIn(suite.admin, employeeId)).toEqual([
        expect.objectContaining({ id: heldId, validTo: null, revision: 1 }),
      ]);
    });

    it('should not make someone a superior through another agency placement', async () => {
      const employeeId = `emp-${randomLetters()}`;
      const boss = `emp-boss-${randomLetters()}`;
      await place({
        employeeId,
        positionId: 'jab-kasi',
        superiorEmployeeId: boss,
        validFrom: '2020-01-02',
      }).expect(201);
      // The person has a plan in agency B, where `boss` is nobody to them.
      const owner = await CareerApp.token(agencyB, employeeId, 'PEGAWAI');
      await service
        .http()
        .put(`/api/v1/plans/${employeeId}`)
        .auth(owner, { type: 'bearer' })
        .send({ goals: [], targets: [], revision: 0 })
        .expect(200);
      const bossInB = await CareerApp.token(agencyB, boss, 'PEGAWAI', 'PENILAI');
      await service
        .http()
        .get(`/api/v1/plans/${employeeId}`)
        .auth(bossInB, { type: 'bearer' })
        .expect(404);
      // The same person is the superior inside agency A.
      const bossInA = await CareerApp.token(agency, boss, 'PEGAWAI', 'PENILAI');
      await service
        .http()
        .put(`/api/v1/plans/${employeeId}`)
        .auth(await CareerApp.token(agency, employeeId, 'PEGAWAI'), { type: 'bearer' })
        .send({ goals: [], targets: [], revision: 0 })
        .expect(200);
      await service
        .http()
        .get(`/api/v1/plans/${employeeId}`)
        .auth(bossInA, { type: 'bearer' })
        .expect(200);
    });
  });
});
