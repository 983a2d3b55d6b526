import { randomLetters } from '@jenjang/testing';
import { bodyOf, CompetencyApp, problemOf } from '../support/competency-app';

const levels = (prefix: string) =>
  [1, 2, 3, 4, 5].map((level) => ({
    level,
    title: `${prefix} ${level}`,
    description: { status: 'TERSEDIA', text: `${prefix}: uraian level ${level}` },
  }));

interface Standard {
  current: { version: number; positionGroup: string; requirements: unknown[] };
  history: { requirements: unknown[] }[];
}

describe('Position standards API', () => {
  let service: CompetencyApp;
  const agencyA = `itest-a-${randomLetters()}`;
  const agencyB = `itest-b-${randomLetters()}`;
  let adminA: string;
  let adminB: string;
  let pegawaiA: string;

  beforeAll(async () => {
    service = await new CompetencyApp().start();
    adminA = `Bearer ${await CompetencyApp.token(agencyA, undefined, 'ADMIN_INSTANSI')}`;
    adminB = `Bearer ${await CompetencyApp.token(agencyB, undefined, 'ADMIN_INSTANSI')}`;
    pegawaiA = `Bearer ${await CompetencyApp.token(agencyA, 'emp-self', 'PEGAWAI')}`;
    // A technical competency of agency A, for standards that mix national and own codes.
    await service
      .http()
      .post(`/api/v1/agencies/${agencyA}/competencies`)
      .set('Authorization', adminA)
      .send({
        code: 'TK-PENGADAAN',
        name: { id: 'Pengadaan Barang/Jasa', en: 'Procurement' },
        definition: { id: 'Mengelola pengadaan', en: 'Manages procurement' },
        levels: levels('Pengadaan'),
      })
      .expect(201);
  }, 60_000);

  afterAll(async () => {
    await service?.stop();
  });

  const http = () => service.http();

  describe('position standards', () => {
    const put = (agencyId: string, positionId: string, token: string, body: object) =>
      http()
        .put(`/api/v1/agencies/${agencyId}/position-standards/${positionId}`)
        .set('Authorization', token)
        .send(body);
    const standard = (requirements: object[]) => ({
      positionName: 'Analis Pengadaan',
      positionGroup: 'FUNGSIONAL',
      requirements,
    });

    it('should refuse an unknown competency and a level outside 1-5 naming the field, nothing saved', async () => {
      const positionId = `${agencyA}-jab-x`;
      const res = await put(
        agencyA,
        positionId,
        adminA,
        standard([
          { code: 'TIDAK_ADA', requiredLevel: 3 },
          { code: 'INTEGRITAS', requiredLevel: 6 },
        ]),
      ).expect(422);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(problemOf(res).errors.map((e: { field: string }) => e.field)).toEqual([
        'requirements[0].code',
        'requirements[1].requiredLevel',
      ]);
      await http()
        .get(`/api/v1/agencies/${agencyA}/position-standards/${positionId}`)
        .set('Authorization', adminA)
        .expect(404);
    });

    it('should keep every version of a standard and accept the agency technical codes', async () => {
      const positionId = `${agencyA}-jab-pengadaan`;
      await put(
        agencyA,
        positionId,
        adminA,
        standard([{ code: 'INTEGRITAS', requiredLevel: 3 }]),
      ).expect(200);
      await put(
        agencyA,
        positionId,
        adminA,
        standard([
          { code: 'INTEGRITAS', requiredLevel: 3 },
          { code: 'TK-PENGADAAN', requiredLevel: 2 },
        ]),
      ).expect(200);
      const res = await http()
        .get(`/api/v1/agencies/${agencyA}/position-standards/${positionId}`)
        .set('Authorization', pegawaiA)
        .expect(200);
      expect(bodyOf<Standard>(res).current.version).toBe(2);
      expect(bodyOf<Standard>(res).history.map((v) => v.requirements.length)).toEqual([1, 2]);
      // The audit trail (who, with which roles) stays in the store.
      expect(Object.keys(res.body as object).sort()).toEqual(
        ['_id', 'agencyId', 'createdAt', 'current', 'history', 'revision', 'updatedAt'].sort(),
      );
    });

    it('should refuse a standard for a position of another agency, nothing changed', async () => {
      const positionId = `${agencyA}-jab-pengadaan`;
      const res = await put(
        agencyB,
        positionId,
        adminB,
        standard([{ code: 'KOMUNIKASI', requiredLevel: 1 }]),
      ).expect(422);
      expect(problemOf(res).code).toBe('POSITION_OF_ANOTHER_AGENCY');
      // Nor through agency A's path with agency B's token.
      await put(
        agencyA,
        positionId,
        adminB,
        standard([{ code: 'KOMUNIKASI', requiredLevel: 1 }]),
      ).expect(403);
      const kept = await http()
        .get(`/api/v1/agencies/${agencyA}/position-standards/${positionId}`)
        .set('Authorization', adminA)
        .expect(200);
      expect(bodyOf<Standard>(kept).current.version).toBe(2);
      await http()
        .get(`/api/v1/agencies/${agencyB}/position-standards/${positionId}`)
        .set('Authorization', adminB)
        .expect(404);
    });

    it('should import standards from CSV all or nothing, with row-by-row errors', async () => {
      const url = `/api/v1/agencies/${agencyA}/imports/position-standards`;
      const bad = [
        'jabatan_id;nama_jabatan;kelompok_jabatan;kode_kompetensi;level',
        `${agencyA}-jab-csv1;Kepala Seksi;PENGAWAS;INTEGRITAS;3`,
        `${agencyA}-jab-csv1;Kepala Seksi;PENGAWAS;BUKAN_KODE;3`,
        `${agencyA}-jab-csv2;Pengelola;PELAKSANA;KOMUNIKASI;9`,
        `${agencyA}-jab-csv2;Pengelola;PELAKSANA;KOMUNIKASI;2`,
      ].join('\n');
      const rejected = await http()
        .post(url)
        .set('Authorization', adminA)
        .set('content-type', 'text/csv')
        .send(bad)
        .expect(422);
      expect(problemOf(rejected).errors.map((e: { field: string }) => e.field)).toEqual([
        'line[3].kode_kompetensi',
        'line[4].level',
      ]);
      await http()
        .get(`/api/v1/agencies/${agencyA}/position-standards/${agencyA}-jab-csv1`)
        .set('Authorization', adminA)
        .expect(404);

      const good = [
        'jabatan_id,jabatan_nama,kelompok_jabatan,kode_kompetensi,level',
        `${agencyA}-jab-csv1,Kepala Seksi,PENGAWAS,INTEGRITAS,3`,
        `${agencyA}-jab-csv1,Kepala Seksi,PENGAWAS,KERJA_SAMA,3`,
        `${agencyA}-jab-csv2,Pengelola,pelaksana,TK-PENGADAAN,2`,
      ].join('\n');
      const dry = await http()
        .post(`${url}?dryRun=true`)
        .set('Authorization', adminA)
        .set('content-type', 'text/csv')
        .send(good)
        .expect(200);
      expect(dry.body).toEqual({ dryRun: true, rows: 3, positions: 2 });
      await http()
        .get(`/api/v1/agencies/${agencyA}/position-standards/${agencyA}-jab-csv1`)
        .set('Authorization', adminA)
        .expect(404);
      await http()
        .post(url)
        .set('Authorization', adminA)
        .set('content-type', 'text/csv')
        .send(good)
        .expect(201);
      const res = await http()
        .get(`/api/v1/agencies/${agencyA}/position-standards/${agencyA}-jab-csv1`)
        .set('Authorization', adminA)
        .expect(200);
      expect(bodyOf<Standard>(res).current).toMatchObject({
        positionGroup: 'PENGAWAS',
        requirements: [
          { code: 'INTEGRITAS', requiredLevel: 3 },
          { code: 'KERJA_SAMA', requiredLevel: 3 },
        ],
      });
      // A position of agency A in agency B's file is a row error.
      const foreign = await http()
        .post(`/api/v1/agencies/${agencyB}/imports/position-standards`)
        .set('Authorization', adminB)
        .set('content-type', 'text/csv')
        .send(
          [
            'jabatan_id,jabatan_nama,kelompok_jabatan,kode_kompetensi,level',
            `${agencyA}-jab-csv1,Kepala Seksi,PENGAWAS,INTEGRITAS,1`,
          ].join('\n'),
        )
        .expect(422);
      expect(problemOf(foreign).errors[0].field).toBe('line[2].jabatan_id');
    });
  });
});
