import { skpApprovedV1 } from '@jenjang/contracts';
import { TopicRecorder, testEnv, waitUntil } from '@jenjang/testing';
import { EvaluationApp, skpBody } from '../support/evaluation-app';

describe('SKP API', () => {
  const service = new EvaluationApp();
  let pegawai: string;
  let penilai: string;
  let stranger: string;
  let otherAgencyAdmin: string;
  let recorder: TopicRecorder;

  beforeAll(async () => {
    await service.start();
    recorder = await new TopicRecorder(testEnv().brokers, [skpApprovedV1.topic]).start();
    pegawai = await EvaluationApp.token('AG1', 'emp-pegawai', 'PEGAWAI');
    penilai = await EvaluationApp.token('AG1', 'emp-penilai', 'PEGAWAI', 'PENILAI');
    stranger = await EvaluationApp.token('AG1', 'emp-lain', 'PEGAWAI', 'PENILAI');
    otherAgencyAdmin = await EvaluationApp.token('AG2', 'emp-ag2', 'ADMIN_INSTANSI');
    await service.placed('emp-pegawai');
  });

  afterAll(async () => {
    await recorder?.stop();
    await service?.stop();
  });

  it('should take an SKP from draft to approved and publish one skp-approved', async () => {
    const created = await service
      .http()
      .post('/api/v1/skp')
      .auth(pegawai, { type: 'bearer' })
      .send(skpBody())
      .expect(201);
    const skp = created.body as {
      id: string;
      revision: number;
      status: string;
      perilaku: unknown[];
    };
    expect(skp).toMatchObject({ status: 'DRAFT', revision: 1 });
    expect(skp.perilaku).toHaveLength(7);

    const submitted = await service
      .http()
      .post(`/api/v1/skp/${skp.id}/submit`)
      .auth(pegawai, { type: 'bearer' })
      .send({ revision: 1 })
      .expect(201);
    expect(submitted.body).toMatchObject({ status: 'DIAJUKAN', revision: 2 });

    const approved = await service
      .http()
      .post(`/api/v1/skp/${skp.id}/approve`)
      .auth(penilai, { type: 'bearer' })
      .send({ revision: 2 })
      .expect(201);
    expect(approved.body).toMatchObject({ status: 'DISETUJUI', revision: 3 });

    const [event] = await waitUntil('skp-approved on Kafka', () => {
      const found = recorder
        .on(skpApprovedV1.topic)
        .filter((m) => (JSON.parse(m.value!) as { skpId: string }).skpId === skp.id);
      return found.length ? found : undefined;
    });
    expect(skpApprovedV1.validate(JSON.parse(event.value!)).ok).toBe(true);
    expect(event.key).toBe('emp-pegawai');
    expect(event.headers.ce_agency).toBe('AG1');

    const history = await service
      .http()
      .get(`/api/v1/skp/${skp.id}/history`)
      .auth(pegawai, { type: 'bearer' })
      .expect(200);
    expect((history.body as { action: string }[]).map((h) => h.action)).toEqual([
      'skp.create',
      'skp.submit',
      'skp.approve',
    ]);
  });

  it('should return an SKP with a reason and let the pegawai revise it', async () => {
    const skp = await service
      .http()
      .post('/api/v1/skp')
      .auth(pegawai, { type: 'bearer' })
      .send(skpBody({ year: 2027 }))
      .expect(201)
      .then((res) => res.body as { id: string });
    await service
      .http()
      .post(`/api/v1/skp/${skp.id}/submit`)
      .auth(pegawai, { type: 'bearer' })
      .send({ revision: 1 })
      .expect(201);
    const returned = await service
      .http()
      .post(`/api/v1/skp/${skp.id}/return`)
      .auth(penilai, { type: 'bearer' })
      .send({ revision: 2, reason: 'Target belum terukur' })
      .expect(201);
    expect(returned.body).toMatchObject({
      status: 'DIKEMBALIKAN',
      returnReason: 'Target belum terukur',
    });
    const revised = await service
      .http()
      .put(`/api/v1/skp/${skp.id}`)
      .auth(pegawai, { type: 'bearer' })
      .send({ ...skpBody({ year: undefined }), revision: 3 })
      .expect(200);
    expect(revised.body).toMatchObject({ status: 'DRAFT', returnReason: null, revision: 4 });
  });

  it('should refuse bad input, wrong actors and stale revisions and change nothing', async () => {
    const skp = await service
      .http()
      .post('/api/v1/skp')
      .auth(pegawai, { type: 'bearer' })
      .send(skpBody({ year: 2028 }))
      .expect(201)
      .then((res) => res.body as { id: string });

    const invalid = await service
      .http()
      .post('/api/v1/skp')
      .auth(pegawai, { type: 'bearer' })
      .send(
        skpBody({ year: 2029, hasilKerja: [{ kind: 'LAIN', description: 'x', indicators: [] }] }),
      )
      .expect(400);
    expect(invalid.headers['content-type']).toContain('application/problem+json');
    expect((invalid.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual(
      expect.arrayContaining([
        'hasilKerja[0].kind',
        'hasilKerja[0].description',
        'hasilKerja[0].indicators',
      ]),
    );

    // Approving a draft, approving by someone who is not the penilai, a stale revision.
    await service
      .http()
      .post(`/api/v1/skp/${skp.id}/approve`)
      .auth(penilai, { type: 'bearer' })
      .send({ revision: 1 })
      .expect(409);
    await service
      .http()
      .post(`/api/v1/skp/${skp.id}/submit`)
      .auth(pegawai, { type: 'bearer' })
      .send({ revision: 1 })
      .expect(201);
    await service
      .http()
      .post(`/api/v1/skp/${skp.id}/approve`)
      .auth(stranger, { type: 'bearer' })
      .send({ revision: 2 })
      .expect(404); // not their subordinate: they do not see the SKP at all
    await service
      .http()
      .post(`/api/v1/skp/${skp.id}/approve`)
      .auth(pegawai, { type: 'bearer' })
      .send({ revision: 2 })
      .expect(403); // the pegawai is not a penilai
    await service
      .http()
      .post(`/api/v1/skp/${skp.id}/approve`)
      .auth(penilai, { type: 'bearer' })
      .send({ revision: 1 })
      .expect(409);

    // Another agency's admin does not learn that the SKP exists.
    await service
      .http()
      .get(`/api/v1/skp/${skp.id}`)
      .auth(otherAgencyAdmin, { type: 'bearer' })
      .expect(404);

    const after = await service
      .http()
      .get(`/api/v1/skp/${skp.id}`)
      .auth(pegawai, { type: 'bearer' })
      .expect(200);
    expect(after.body).toMatchObject({ status: 'DIAJUKAN', revision: 2 });
  });

  it('should answer a retried create with the first answer (Idempotency-Key)', async () => {
    const send = () =>
      service
        .http()
        .post('/api/v1/skp')
        .auth(pegawai, { type: 'bearer' })
        .set('Idempotency-Key', 'create-2030')
        .send(skpBody({ year: 2030 }));
    const first = await send().expect(201);
    const second = await send().expect(201);
    expect(second.body).toEqual(first.body);
    expect(second.headers['idempotent-replayed']).toBe('true');
  });

  it('should take unit, position, penilai and atasan from the org chart when the pegawai omits them', async () => {
    const {
      unitId: _u,
      position: _p,
      penilaiId: _n,
      atasanPenilaiId: _a,
      ...content
    } = skpBody({
      year: 2031,
    });
    const created = await service
      .http()
      .post('/api/v1/skp')
      .auth(pegawai, { type: 'bearer' })
      .send(content)
      .expect(201);
    expect(created.body).toMatchObject({
      unitId: 'dpmptsp.perizinan',
      position: { id: 'jab-analis-perizinan' },
      penilaiId: 'emp-penilai',
      atasanPenilaiId: 'emp-atasan',
    });
  });

  it('should refuse a penilai or atasan the pegawai names when the org chart says otherwise', async () => {
    const res = await service
      .http()
      .post('/api/v1/skp')
      .auth(pegawai, { type: 'bearer' })
      .send(skpBody({ year: 2032, penilaiId: 'emp-lain', atasanPenilaiId: 'emp-penilai' }))
      .expect(422);
    const fields = (res.body as { errors: { field: string }[] }).errors.map((e) => e.field);
    expect(fields).toEqual(['penilaiId', 'atasanPenilaiId']);
    // Nothing was written: the stranger named as penilai sees no SKP of the year.
    const listed = await service
      .http()
      .get('/api/v1/skp')
      .auth(stranger, { type: 'bearer' })
      .expect(200);
    expect((listed.body as { year: number }[]).filter((s) => s.year === 2032)).toEqual([]);
  });

  it('should refuse an SKP when the employee has no placement in the org chart', async () => {
    const unplaced = await EvaluationApp.token('AG1', `emp-${Date.now()}`, 'PEGAWAI');
    const res = await service
      .http()
      .post('/api/v1/skp')
      .auth(unplaced, { type: 'bearer' })
      .send(skpBody({ year: 2033 }))
      .expect(409);
    expect(res.body).toMatchObject({ code: 'SKP_NOT_IN_ORG_CHART' });
  });

  it("should let the province BKD and analysts read another agency's SKPs, and answer 403 to a pegawai token without an employee id", async () => {
    const skp = await service
      .http()
      .post('/api/v1/skp')
      .auth(pegawai, { type: 'bearer' })
      .send(skpBody({ year: 2034 }))
      .expect(201)
      .then((res) => res.body as { id: string });
    const province = await EvaluationApp.token('BKD', 'emp-bkd', 'ADMIN_PROVINSI');
    const analyst = await EvaluationApp.token('AG2', undefined, 'ANALIS');
    const nameless = await EvaluationApp.token('AG1', undefined, 'PEGAWAI');
    const read = (token: string, path = `/api/v1/skp/${skp.id}`) =>
      service.http().get(path).auth(token, { type: 'bearer' });

    await read(province).expect(200);
    await read(analyst).expect(200);
    const listed = await read(province, '/api/v1/skp?year=2034').expect(200);
    expect((listed.body as { id: string }[]).map((s) => s.id)).toContain(skp.id);

    const create = await service
      .http()
      .post('/api/v1/skp')
      .auth(nameless, { type: 'bearer' })
      .send(skpBody({ year: 2035 }))
      .expect(403);
    expect(create.body).toMatchObject({ code: 'EMPLOYEE_IDENTITY_REQUIRED' });
    const list = await read(nameless, '/api/v1/skp').expect(403);
    expect(list.body).toMatchObject({ code: 'EMPLOYEE_IDENTITY_REQUIRED' });
    // Without an employee id the pegawai is nobody in the record: not found, as for a stranger.
    await read(nameless).expect(404);
  });
});
