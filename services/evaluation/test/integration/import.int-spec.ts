import type { Connection } from 'mongoose';
import { appraisalFinalizedV1 } from '@jenjang/contracts';
import { MONGO_CONNECTION } from '@jenjang/persistence';
import { OutboxRelay } from '@jenjang/messaging';
import { outboxDrained, randomLetters, testEnv, TopicRecorder, waitUntil } from '@jenjang/testing';
import { UnitStaffService } from '../../src/appraisal/unit-staff.service';
import { ImportWriterService } from '../../src/import/import-writer.service';
import { EvaluationApp } from '../support/evaluation-app';

// Valid NIPs: born 1987-03-12, appointed 2010-01, male, sequence n.
const nip = (n: number) => `19870312201001` + `1` + String(n).padStart(3, '0');
const BAD_NIP = '198713452010011001'; // month 13

const SKP_HEADER =
  'NIP,Employee_ID,unit_id,tahun,jabatan_id,jabatan_nama,kelompok_jabatan,penilai_id,atasan_penilai_id,jenis_hasil_kerja,hasil_kerja,indikator,target';
const RESULT_HEADER =
  'nip,employee_id,tahun,periode,nomor_periode,rating_hasil_kerja,rating_perilaku_kerja,predikat';

interface Problem {
  code: string;
  errors: { field: string; message: string; message_id: string }[];
}

describe('Import API', () => {
  const service = new EvaluationApp();
  let admin: string;
  let recorder: TopicRecorder;
  const run = randomLetters(5);
  const emp = (n: number) => `emp-${run}-${n}`;

  /** Two indicators under one UTAMA and one TAMBAHAN per employee: 3 rows per SKP. */
  const skpRows = (employees: number[], year = 2026) =>
    employees.flatMap((n) => {
      const head = `${nip(n)},${emp(n)},dinkes.yankes,${year},jab-perawat,Perawat Ahli Pertama,JF,emp-${run}-boss,,`;
      return [
        `${head}UTAMA,Meningkatnya mutu layanan keperawatan,Kepuasan pasien,85%`,
        `${head}UTAMA,Meningkatnya mutu layanan keperawatan,Insiden keselamatan pasien,0 kasus`,
        `${head}Tambahan,"Terlaksananya penyuluhan, kelas ibu hamil",Kegiatan penyuluhan,12 kali`,
      ];
    });
  const csv = (header: string, rows: string[]) => [header, ...rows].join('\n') + '\n';
  const post = (path: string, body: string, token = admin) =>
    service
      .http()
      .post(`/api/v1/imports/${path}`)
      .set('Authorization', `Bearer ${token}`)
      .set('Content-Type', 'text/csv')
      .send(body);
  const skpsOf = async (employeeIds: string[]) => {
    const res = await service
      .http()
      .get('/api/v1/skp')
      .set('Authorization', `Bearer ${admin}`)
      .expect(200);
    return (res.body as { id: string; employeeId: string; status: string }[]).filter((s) =>
      employeeIds.includes(s.employeeId),
    );
  };
  const appraisalsOf = async (employeeId: string) =>
    (
      await service
        .http()
        .get(`/api/v1/appraisals?employeeId=${employeeId}`)
        .set('Authorization', `Bearer ${admin}`)
        .expect(200)
    ).body as { id: string; status: string; predikat: string }[];

  beforeAll(async () => {
    await service.start();
    recorder = await new TopicRecorder(testEnv().brokers, [appraisalFinalizedV1.topic]).start();
    admin = await EvaluationApp.token('AG1', undefined, 'ADMIN_INSTANSI');
  });

  afterAll(async () => {
    await recorder?.stop();
    await service?.stop();
  });

  it('should import one approved SKP per employee and year from indicator rows', async () => {
    const res = await post('skp', csv(SKP_HEADER, skpRows([1, 2, 3]))).expect(201);
    expect(res.body).toMatchObject({ kind: 'SKP', status: 'DONE', rows: 9, documents: 3 });

    const skps = await skpsOf([emp(1), emp(2), emp(3)]);
    expect(skps).toHaveLength(3);
    expect(skps.every((s) => s.status === 'DISETUJUI')).toBe(true);
    const one = (
      await service
        .http()
        .get(`/api/v1/skp/${skps[0].id}`)
        .set('Authorization', `Bearer ${admin}`)
        .expect(200)
    ).body as { hasilKerja: { kind: string; indicators: unknown[] }[]; position: unknown };
    expect(one.hasilKerja.map((h) => [h.kind, h.indicators.length])).toEqual([
      ['UTAMA', 2],
      ['TAMBAHAN', 1],
    ]);
    expect(one.position).toEqual({
      id: 'jab-perawat',
      name: 'Perawat Ahli Pertama',
      group: 'FUNGSIONAL',
    });
    const history = await service
      .http()
      .get(`/api/v1/skp/${skps[0].id}/history`)
      .set('Authorization', `Bearer ${admin}`)
      .expect(200);
    expect((history.body as { action: string }[]).map((h) => h.action)).toEqual(['skp.import']);

    const record = await service
      .http()
      .get(`/api/v1/imports/${(res.body as { id: string }).id}`)
      .set('Authorization', `Bearer ${admin}`)
      .expect(200);
    expect(record.body).toMatchObject({ status: 'DONE', documents: 3, failure: null });

    // The same file again: every SKP exists already, and nothing changes.
    const again = await post('skp', csv(SKP_HEADER, skpRows([1, 2, 3]))).expect(422);
    expect((again.body as Problem).errors.map((e) => e.field)).toEqual([
      'line[2].tahun',
      'line[5].tahun',
      'line[8].tahun',
    ]);
  });

  it('should validate only on a dry run and write nothing', async () => {
    const body = csv(SKP_HEADER, skpRows([10, 11]));
    const dry = await post('skp?dryRun=true', body).expect(200);
    expect(dry.body).toEqual({ kind: 'SKP', dryRun: true, rows: 6, documents: 2, events: 0 });
    expect(await skpsOf([emp(10), emp(11)])).toHaveLength(0);
    const imports = await service
      .http()
      .get('/api/v1/imports')
      .set('Authorization', `Bearer ${admin}`)
      .expect(200);
    expect((imports.body as unknown[]).length).toBe(1); // only the import of the first test

    const dryBad = await post('skp?dryRun=true', body.replace(nip(10), BAD_NIP)).expect(422);
    expect((dryBad.body as Problem).errors.map((e) => e.field)).toContain('line[2].nip');
  });

  it('should reject a file with bad rows as a whole, naming each line and column', async () => {
    await post('skp', csv(SKP_HEADER, skpRows([20, 21, 22, 23]))).expect(201);
    const file = csv(RESULT_HEADER, [
      `${nip(20)},${emp(20)},2026,TAHUNAN,,DI_ATAS_EKSPEKTASI,SESUAI_EKSPEKTASI,BAIK`, // valid
      `${BAD_NIP},${emp(21)},2026,TAHUNAN,,SESUAI_EKSPEKTASI,SESUAI_EKSPEKTASI,`, // invalid NIP
      `${nip(22)},${emp(22)},2026,TAHUNAN,,LUAR_BIASA,SESUAI_EKSPEKTASI,`, // unknown rating
      `${nip(23)},${emp(23)},2026,TAHUNAN,,Di Atas Ekspektasi,Sesuai Ekspektasi,Sangat Baik`, // mismatch
      `${nip(20)},${emp(20)},2026,tahunan,,SESUAI_EKSPEKTASI,SESUAI_EKSPEKTASI,`, // duplicate of line 2
    ]);
    const res = await post('final-results', file).expect(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const problem = res.body as Problem;
    expect(problem.code).toBe('IMPORT_REJECTED');
    expect(problem.errors.map((e) => e.field)).toEqual([
      'line[3].nip',
      'line[4].rating_hasil_kerja',
      'line[5].predikat',
      'line[6].periode',
    ]);
    expect(problem.errors[2]).toMatchObject({
      message: 'The predikat follows from the two ratings: Baik, not Sangat Baik.',
      message_id: 'Predikat mengikuti kedua rating: Baik, bukan Sangat Baik.',
    });
    // NIPs are personal data: never echoed.
    expect(JSON.stringify(problem)).not.toContain(BAD_NIP);
    expect(JSON.stringify(problem)).not.toContain(nip(20));
    // Nothing half-imported: not even the valid first row.
    expect(await appraisalsOf(emp(20))).toHaveLength(0);
  });

  it('should import final results as FINAL appraisals that each publish appraisal-finalized', async () => {
    await post('skp', csv(SKP_HEADER, skpRows([30, 31]))).expect(201);
    const file = csv(RESULT_HEADER, [
      `${nip(30)},${emp(30)},2026,TAHUNAN,,DI_ATAS_EKSPEKTASI,DI_ATAS_EKSPEKTASI,SANGAT_BAIK`,
      `${nip(31)},${emp(31)},2026,Tahunan,,di bawah ekspektasi,sesuai ekspektasi,`,
    ]);
    const res = await post('final-results', file).expect(201);
    expect(res.body).toMatchObject({
      kind: 'FINAL_RESULT',
      status: 'DONE',
      documents: 2,
      events: 2,
    });

    const [a30] = await appraisalsOf(emp(30));
    const [a31] = await appraisalsOf(emp(31));
    expect(a30).toMatchObject({ status: 'FINAL', predikat: 'SANGAT_BAIK', version: 1 });
    expect(a31).toMatchObject({ status: 'FINAL', predikat: 'BUTUH_PERBAIKAN' });

    const finalized = (employeeId: string) =>
      recorder
        .on(appraisalFinalizedV1.topic)
        .filter((m) => (JSON.parse(m.value!) as { employeeId: string }).employeeId === employeeId);
    await waitUntil('both appraisal-finalized', () =>
      finalized(emp(30)).length && finalized(emp(31)).length ? true : undefined,
    );
    // Everything staged is published and recorded: a duplicate would be counted now.
    await outboxDrained(service.app.get(OutboxRelay));
    await recorder.caughtUp();
    for (const [employeeId, appraisal] of [
      [emp(30), a30],
      [emp(31), a31],
    ] as const) {
      const events = finalized(employeeId);
      expect(events).toHaveLength(1);
      const data = JSON.parse(events[0].value!) as Record<string, unknown>;
      expect(appraisalFinalizedV1.validate(data)).toMatchObject({ ok: true });
      expect(data).toMatchObject({ appraisalId: appraisal.id, agencyId: 'AG1', version: 1 });
      expect(events[0].key).toBe(employeeId);
    }
  });

  it("should count imported results on their unit's curve, and take them out on a roll-back", async () => {
    const staff = service.app.get(UnitStaffService);
    const unit = {
      agencyId: 'AG1',
      unitId: 'dinkes.yankes',
      period: { kind: 'TAHUNAN', year: 2026, index: null },
    } as const;
    await post('skp', csv(SKP_HEADER, skpRows([60, 61]))).expect(201);
    expect((await staff.of(unit)).staff[emp(60)]).toBeUndefined();

    const res = await post(
      'final-results',
      csv(RESULT_HEADER, [
        `${nip(60)},${emp(60)},2026,TAHUNAN,,DI_ATAS_EKSPEKTASI,DI_ATAS_EKSPEKTASI,`,
        `${nip(61)},${emp(61)},2026,TAHUNAN,,SESUAI_EKSPEKTASI,SESUAI_EKSPEKTASI,`,
      ]),
    ).expect(201);

    const counted = (await staff.of(unit)).staff;
    expect(counted[emp(60)]).toMatchObject({ version: 1, predikat: 'SANGAT_BAIK' });
    expect(counted[emp(61)]).toMatchObject({ version: 1, predikat: 'BAIK' });
    // As if the process had died before DONE: recovery deletes the appraisals and their places.
    await service.app
      .get<Connection>(MONGO_CONNECTION)
      .collection('imports')
      .updateOne(
        { _id: (res.body as { id: string }).id as never },
        { $set: { status: 'RUNNING', staleAfter: new Date(Date.now() - 1000) } },
      );
    await service.app.get(ImportWriterService).recover();
    expect(await appraisalsOf(emp(60))).toHaveLength(0);
    const after = (await staff.of(unit)).staff;
    expect([after[emp(60)], after[emp(61)]]).toEqual([undefined, undefined]);
  });

  it('should roll back an import whose writer died before it was DONE', async () => {
    const res = await post('skp', csv(SKP_HEADER, skpRows([40]))).expect(201);
    const id = (res.body as { id: string }).id;
    // As if the process had died after the inserts: still RUNNING, past its deadline.
    const db = service.app.get<Connection>(MONGO_CONNECTION);
    await db
      .collection('imports')
      .updateOne(
        { _id: id as never },
        { $set: { status: 'RUNNING', staleAfter: new Date(Date.now() - 1000) } },
      );
    await service.app.get(ImportWriterService).recover();
    expect(await skpsOf([emp(40)])).toHaveLength(0);
    const record = await service
      .http()
      .get(`/api/v1/imports/${id}`)
      .set('Authorization', `Bearer ${admin}`)
      .expect(200);
    expect(record.body).toMatchObject({ status: 'ROLLED_BACK', failure: 'INTERRUPTED' });
  });

  it('should refuse callers who are not the agency admin, and bodies that are not CSV', async () => {
    const pegawai = await EvaluationApp.token('AG1', emp(50), 'PEGAWAI', 'PENILAI');
    await post('skp', csv(SKP_HEADER, skpRows([50])), pegawai).expect(403);
    await post('final-results', csv(RESULT_HEADER, []), pegawai).expect(403);
    await service
      .http()
      .post('/api/v1/imports/skp')
      .set('Authorization', `Bearer ${admin}`)
      .send({ rows: [] })
      .expect(415)
      .expect('Content-Type', /application\/problem\+json/);
    expect(await skpsOf([emp(50)])).toHaveLength(0);
  });
});
