import { employeePlacedV1, type EmployeePlacedV1 } from '@jenjang/contracts';
import { randomLetters, waitUntil } from '@jenjang/testing';
import { careerSuite } from '../support/career-app';

describe('CSV import of positions and placements', () => {
  const suite = careerSuite({ topics: [employeePlacedV1.topic] });
  const { service } = suite;

  const upload = (path: string, csv: string) =>
    service
      .http()
      .post(`/api/v1/imports/${path}`)
      .auth(suite.admin, { type: 'bearer' })
      .set('Content-Type', 'text/csv')
      .send(csv);

  const POSITIONS = [
    'ID Jabatan;Nama Jabatan;Unor ID;Jenis Jabatan;Eselon;Kelas Jabatan;Jabatan Kunci',
    'jab-kabid;Kepala Bidang Yankes;dinkes.yankes;Struktural;III.b;11;Y',
    'jab-kasi;Kepala Seksi Rujukan;dinkes.yankes;Struktural;IV.a;9;T',
    'jab-jfu;Pengadministrasi Umum;dinkes.yankes;JFU;;6;',
  ].join('\n');

  it('should import the catalog, then a placement history, and publish each placement', async () => {
    await upload('positions', POSITIONS).expect(201, {
      kind: 'POSITIONS',
      dryRun: false,
      rows: 3,
      written: 3,
    });
    const e1 = `emp-${randomLetters()}`;
    const csv = [
      'nip,employee_id,jabatan_id,tmt_jabatan,tanggal_selesai,atasan_id',
      `198703122010011002,${e1},jab-kasi,01-03-2024,,emp-kabid`,
      `198703122010011002,${e1},jab-jfu,02-01-2019,,emp-kasi-lama`,
    ].join('\n');
    const dry = await upload('placements?dryRun=true', csv).expect(200);
    expect(dry.body).toMatchObject({ dryRun: true, written: 0 });
    await upload('placements', csv).expect(201);
    // Sent again (e.g. after a time-out): nothing doubled.
    await upload('placements', csv).expect(201);

    const list = await service
      .http()
      .get(`/api/v1/placements?employeeId=${e1}`)
      .auth(suite.admin, { type: 'bearer' })
      .expect(200);
    const placements = list.body as { validFrom: string; validTo: string | null; move: string }[];
    expect(placements.map((p) => [p.validFrom, p.validTo, p.move])).toEqual([
      ['2024-03-01', null, 'VERTICAL'],
      ['2019-01-02', '2024-02-29', 'INITIAL'],
    ]);
    const events = await waitUntil('employee-placed for both rows and the close', () => {
      const found = suite.recorder
        .on(employeePlacedV1.topic)
        .map((m) => JSON.parse(m.value!) as EmployeePlacedV1)
        .filter((e) => e.employeeId === e1);
      return found.length >= 3 ? found : undefined;
    });
    expect(events).toHaveLength(3);
    expect(JSON.stringify(events)).not.toContain('198703122010011002');
  });

  it('should reject the whole file with every bad row named, writing nothing', async () => {
    await upload('positions', POSITIONS).expect(201);
    const e2 = `emp-${randomLetters()}`;
    const csv = [
      'employee_id,jabatan_id,tmt_jabatan,tanggal_selesai',
      `${e2},jab-kasi,2024-01-01,2024-12-31`,
      `${e2},jab-kabid,2024-06-01,`,
      `${e2},jab-unknown,2025-01-01,`,
      `${e2},jab-kasi,31-02-2026,`,
    ].join('\n');
    const res = await upload('placements', csv).expect(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const fields = (res.body as { errors: { field: string }[] }).errors.map((e) => e.field);
    expect(fields).toEqual(['line[3].tmt_jabatan', 'line[4].jabatan_id', 'line[5].tmt_jabatan']);
    const list = await service
      .http()
      .get(`/api/v1/placements?employeeId=${e2}`)
      .auth(suite.admin, { type: 'bearer' })
      .expect(200);
    expect(list.body).toEqual([]);
  });

  it('should check a file against the stored histories of its people and write nothing on an overlap', async () => {
    await upload('positions', POSITIONS).expect(201);
    const [held, fresh] = [`emp-${randomLetters()}`, `emp-${randomLetters()}`];
    await upload(
      'placements',
      [
        'employee_id,jabatan_id,tmt_jabatan,tanggal_selesai',
        `${held},jab-jfu,2019-01-02,2020-12-31`,
      ].join('\n'),
    ).expect(201);
    const csv = [
      'employee_id,jabatan_id,tmt_jabatan,tanggal_selesai',
      `${fresh},jab-jfu,2021-01-04,`,
      `${held},jab-kasi,2020-06-01,`,
      `${held},jab-kabid,2023-01-02,`,
    ].join('\n');

    const res = await upload('placements', csv).expect(422);

    const errors = (res.body as { errors: { field: string; message: string }[] }).errors;
    expect(errors.map((e) => e.field)).toEqual(['line[3].tmt_jabatan']);
    expect(errors[0].message).toContain('a stored placement');
    for (const [who, count] of [
      [fresh, 0],
      [held, 1],
    ] as const) {
      const list = await service
        .http()
        .get(`/api/v1/placements?employeeId=${who}`)
        .auth(suite.admin, { type: 'bearer' })
        .expect(200);
      expect(list.body).toHaveLength(count);
    }
  });
});
