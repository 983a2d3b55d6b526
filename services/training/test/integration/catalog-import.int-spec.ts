import { randomLetters } from '@jenjang/testing';
import { TrainingApp } from '../support/training-app';

const AGENCY = `ag-${randomLetters()}`;
const bearer = { type: 'bearer' as const };

const HEADER =
  'kode_program;judul;bentuk;penyedia_jenis;penyedia_nama;jp;kompetensi;nilai_berakhlak;prasyarat;mandiri;kode_angkatan;mulai;selesai;kapasitas;lokasi;tautan';
const GOOD = [
  HEADER,
  'kerja-sama;Pelatihan Kerja Sama Lintas Sektor;Pelatihan Teknis;INTERNAL;BKD DIY;24;KERJA_SAMA:3:naik|KOMUNIKASI:2;Kolaboratif|Harmonis;;tidak;2026-a;2099-03-02;2099-03-04;30;Aula BKD DIY;',
  'kerja-sama;Pelatihan Kerja Sama Lintas Sektor;Pelatihan Teknis;INTERNAL;BKD DIY;24;KERJA_SAMA:3:naik|KOMUNIKASI:2;Kolaboratif|Harmonis;;tidak;2026-b;2099-04-06;2099-04-08;25;Aula BKD DIY;',
  'e-pelayanan;e-Learning Pelayanan Publik Prima;e-learning;LAN;LAN RI;12,5;PELAYANAN_PUBLIK:2;BERORIENTASI_PELAYANAN;;ya;;;;;;',
  'lokakarya-inovasi;Lokakarya Inovasi Pelayanan;LOKAKARYA;UNIVERSITAS;Universitas Gadjah Mada;16;PELAYANAN_PUBLIK:3:naik;ADAPTIF;e-pelayanan;tidak;;09/03/2099 08:30;10/03/2099;20;;https://kelas.example.org/inovasi',
].join('\n');

// Line 2: negative JP; line 3: unknown form; line 4: ends before it starts and a prerequisite
// that does not exist; line 5: province-wide without being the province admin.
const BAD = [
  HEADER,
  'baru;Program Baru;PELATIHAN_TEKNIS;INTERNAL;BKD DIY;-8;;;;tidak;;;;;;',
  'lain;Program Lain;Piknik;INTERNAL;BKD DIY;8;;;;tidak;;;;;;',
  'ketiga;Program Ketiga;SEMINAR;INTERNAL;BKD DIY;8;;;tidak-ada;tidak;s1;2099-05-05;2099-05-01;10;;',
].join('\n');
const PROVINCE = `${HEADER.replace('tautan', 'tautan;ketersediaan')}\nprov;Program Provinsi;SEMINAR;INTERNAL;BPSDM;8;;;;tidak;;;;;;;PROVINCE`;

type Problem = { code?: string; errors?: { field: string; message_id?: string }[] };

describe('catalog CSV import', () => {
  let training: TrainingApp;
  let admin: string;
  const send = (csv: string, query = '', token = admin) =>
    training
      .http()
      .post(`/api/v1/imports/catalog${query}`)
      .auth(token, bearer)
      .set('Idempotency-Key', `imp-${randomLetters()}`)
      .set('Content-Type', 'text/csv')
      .send(csv);
  const catalog = async () =>
    (await training.http().get('/api/v1/programs').auth(admin, bearer)).body as {
      id: string;
    }[];

  beforeAll(async () => {
    training = await new TrainingApp().start();
    admin = await TrainingApp.token(AGENCY, undefined, 'ADMIN_INSTANSI');
  });

  afterAll(async () => {
    await training?.stop();
  });

  it('should reject a bad file row by row and write nothing', async () => {
    const res = await send(BAD);
    expect(res.status).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect((res.body as Problem).code).toBe('IMPORT_REJECTED');
    expect(((res.body as Problem).errors ?? []).map((e) => e.field).sort()).toEqual([
      'line[2].jp',
      'line[3].bentuk',
      'line[4].prasyarat',
      'line[4].selesai',
    ]);
    const withPrerequisite = await send(
      [HEADER, 'ketiga;Program Ketiga;SEMINAR;INTERNAL;BKD DIY;8;;;tidak-ada;tidak;;;;;;'].join(
        '\n',
      ),
    );
    expect(((withPrerequisite.body as Problem).errors ?? []).map((e) => e.field)).toEqual([
      'line[2].prasyarat',
    ]);
    const province = await send(PROVINCE);
    expect(province.status).toBe(422);
    expect(((province.body as Problem).errors ?? []).map((e) => e.field)).toEqual([
      'line[2].ketersediaan',
    ]);
    expect(await catalog()).toEqual([]);
  });

  it('should validate only on a dry run', async () => {
    const res = await send(GOOD, '?dryRun=true');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      dryRun: true,
      rows: 4,
      programs: { created: 3, updated: 0 },
      sessions: { created: 3, updated: 0 },
    });
    expect(await catalog()).toEqual([]);
  });

  it('should import a good file, and change nothing when it is imported again', async () => {
    const res = await send(GOOD);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      programs: { created: 3, updated: 0 },
      sessions: { created: 3, updated: 0 },
    });
    const program = await training
      .http()
      .get(`/api/v1/programs/${AGENCY}.lokakarya-inovasi`)
      .auth(admin, bearer);
    expect(program.body).toMatchObject({
      form: 'LOKAKARYA',
      provider: { kind: 'UNIVERSITAS', name: 'Universitas Gadjah Mada' },
      prerequisites: [`${AGENCY}.e-pelayanan`],
      competencies: [{ competencyCode: 'PELAYANAN_PUBLIK', level: 3, raisesAssessedLevel: true }],
      sessions: [
        {
          id: `${AGENCY}.lokakarya-inovasi.2099-03-09`,
          startsAt: '2099-03-09T01:30:00.000Z',
          capacity: 20,
          link: 'https://kelas.example.org/inovasi',
        },
      ],
    });
    const elearning = (await catalog()).find((p) => p.id === `${AGENCY}.e-pelayanan`);
    expect(elearning).toMatchObject({ jp: 12.5, selfPaced: true, form: 'E_LEARNING' });

    const again = await send(GOOD);
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({
      programs: { created: 0, updated: 3 },
      sessions: { created: 0, updated: 3 },
    });
    expect(await catalog()).toHaveLength(3);
  });

  it('should refuse a file that is not CSV', async () => {
    const res = await training
      .http()
      .post('/api/v1/imports/catalog')
      .auth(admin, bearer)
      .set('Idempotency-Key', `imp-${randomLetters()}`)
      .send({ csv: GOOD });
    expect(res.status).toBe(415);
  });
});
