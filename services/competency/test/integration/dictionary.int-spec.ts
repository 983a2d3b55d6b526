import { randomLetters } from '@jenjang/testing';
import { bodyOf, CompetencyApp, problemOf } from '../support/competency-app';

const levels = (prefix: string) =>
  [1, 2, 3, 4, 5].map((level) => ({
    level,
    title: `${prefix} ${level}`,
    description: { status: 'TERSEDIA', text: `${prefix}: uraian level ${level}` },
  }));

interface Entry {
  version: number;
  code: string;
  national: boolean;
  name: { id: string };
  levels: { description: { status: string } }[];
}
interface Rule {
  competencyCodes: string[];
  rationale: { id: string; en: string };
}
interface MappingView {
  configured: boolean;
  revision: number;
  mapping: { perilaku: Record<string, Rule>; hasilKerja: Rule; perilakuKerjaOverall: Rule };
}

describe('Dictionary and appraisal mapping API', () => {
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
  }, 60_000);

  afterAll(async () => {
    await service?.stop();
  });

  const http = () => service.http();

  describe('dictionaries', () => {
    it('should serve the national seed with levels marked BELUM_TERSEDIA where the text is missing', async () => {
      const res = await http()
        .get(`/api/v1/agencies/${agencyA}/competencies`)
        .set('Authorization', pegawaiA)
        .expect(200);
      const national = (
        res.body as {
          national: boolean;
          code: string;
          levels: { description: { status: string } }[];
        }[]
      ).filter((e) => e.national);
      expect(national.map((e) => e.code)).toHaveLength(9);
      expect(national.find((e) => e.code === 'PEREKAT_BANGSA')?.levels[0].description.status).toBe(
        'BELUM_TERSEDIA',
      );
    });

    it('should refuse to create or change a national competency, nothing changed', async () => {
      await http()
        .post(`/api/v1/agencies/${agencyA}/competencies`)
        .set('Authorization', adminA)
        .send({
          code: 'INTEGRITAS',
          name: { id: 'X', en: 'X' },
          definition: { id: 'X', en: 'X' },
          levels: levels('X'),
        })
        .expect(409)
        .expect('content-type', /application\/problem\+json/);
      await http()
        .put(`/api/v1/agencies/${agencyA}/competencies/INTEGRITAS`)
        .set('Authorization', adminA)
        .send({ name: { id: 'Y', en: 'Y' } })
        .expect(409);
      const res = await http()
        .get(`/api/v1/agencies/${agencyA}/competencies/INTEGRITAS`)
        .set('Authorization', adminA)
        .expect(200);
      expect(res.body).toHaveLength(1);
      expect(bodyOf<Entry[]>(res)[0].name.id).toBe('Integritas');
    });

    it('should version a technical competency: a revision never rewrites the earlier version', async () => {
      await http()
        .post(`/api/v1/agencies/${agencyA}/competencies`)
        .set('Authorization', adminA)
        .send({
          code: 'TK-PENGADAAN',
          name: { id: 'Pengadaan Barang/Jasa', en: 'Procurement' },
          definition: { id: 'Mengelola pengadaan', en: 'Manages procurement' },
          levels: levels('Pengadaan'),
          validFrom: '2025-01-01T00:00:00Z',
        })
        .expect(201);
      await http()
        .put(`/api/v1/agencies/${agencyA}/competencies/TK-PENGADAAN`)
        .set('Authorization', adminA)
        .send({
          name: { id: 'Pengadaan Barang dan Jasa Pemerintah', en: 'Public procurement' },
          validFrom: '2026-01-01T00:00:00Z',
        })
        .expect(200);
      const history = await http()
        .get(`/api/v1/agencies/${agencyA}/competencies/TK-PENGADAAN`)
        .set('Authorization', adminA)
        .expect(200);
      expect(bodyOf<Entry[]>(history).map((v) => [v.version, v.name.id])).toEqual([
        [1, 'Pengadaan Barang/Jasa'],
        [2, 'Pengadaan Barang dan Jasa Pemerintah'],
      ]);
      const past = await http()
        .get(`/api/v1/agencies/${agencyA}/competencies?at=2025-06-01T00:00:00Z`)
        .set('Authorization', adminA)
        .expect(200);
      expect(bodyOf<Entry[]>(past).find((e) => e.code === 'TK-PENGADAAN')?.name.id).toBe(
        'Pengadaan Barang/Jasa',
      );
      // Another agency does not see it.
      const other = await http()
        .get(`/api/v1/agencies/${agencyB}/competencies`)
        .set('Authorization', adminB)
        .expect(200);
      expect(bodyOf<Entry[]>(other).some((e) => e.code === 'TK-PENGADAAN')).toBe(false);
    });

    it('should refuse a revision dated before the current version and a PEGAWAI creating entries', async () => {
      const res = await http()
        .put(`/api/v1/agencies/${agencyA}/competencies/TK-PENGADAAN`)
        .set('Authorization', adminA)
        .send({ name: { id: 'Mundur', en: 'Back' }, validFrom: '2025-06-01T00:00:00Z' })
        .expect(409);
      expect(problemOf(res).code).toBe('COMPETENCY_REVISION_OUT_OF_ORDER');
      await http()
        .post(`/api/v1/agencies/${agencyA}/competencies`)
        .set('Authorization', pegawaiA)
        .send({
          code: 'TK-X',
          name: { id: 'X', en: 'X' },
          definition: { id: 'X', en: 'X' },
          levels: levels('X'),
        })
        .expect(403);
    });
  });

  describe('appraisal mapping', () => {
    const url = () => `/api/v1/agencies/${agencyA}/appraisal-mapping`;

    it('should serve the default, refuse unknown codes and stale revisions, and save a change', async () => {
      const initial = await http().get(url()).set('Authorization', adminA).expect(200);
      expect(initial.body).toMatchObject({ configured: false, revision: 0 });
      expect(bodyOf<MappingView>(initial).mapping.perilaku.KOLABORATIF.competencyCodes).toEqual([
        'KERJA_SAMA',
      ]);

      const mapping = bodyOf<MappingView>(initial).mapping;
      const changed = {
        ...mapping,
        perilaku: {
          ...mapping.perilaku,
          KOLABORATIF: {
            ...mapping.perilaku.KOLABORATIF,
            competencyCodes: ['KERJA_SAMA', 'KOMUNIKASI'],
          },
        },
      };
      const bad = {
        ...changed,
        hasilKerja: { ...changed.hasilKerja, competencyCodes: ['TIDAK_ADA'] },
        revision: 0,
      };
      const refused = await http().put(url()).set('Authorization', adminA).send(bad).expect(422);
      expect(problemOf(refused).errors[0].field).toBe('hasilKerja.competencyCodes');
      await http()
        .put(url())
        .set('Authorization', pegawaiA)
        .send({ ...changed, revision: 0 })
        .expect(403);

      const saved = await http()
        .put(url())
        .set('Authorization', adminA)
        .send({ ...changed, revision: 0 })
        .expect(200);
      expect(saved.body).toMatchObject({ configured: true, revision: 1 });
      await http()
        .put(url())
        .set('Authorization', adminA)
        .send({ ...changed, revision: 0 })
        .expect(409);
      const read = await http().get(url()).set('Authorization', adminA).expect(200);
      expect(bodyOf<MappingView>(read).mapping.perilaku.KOLABORATIF.competencyCodes).toEqual([
        'KERJA_SAMA',
        'KOMUNIKASI',
      ]);
    });
  });
  it('should describe every route in the OpenAPI document', async () => {
    const res = await http().get('/docs-json').expect(200);
    const paths = Object.keys(bodyOf<{ paths: Record<string, unknown> }>(res).paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/agencies/{agencyId}/competencies/{code}',
        '/api/v1/agencies/{agencyId}/position-standards/{positionId}',
        '/api/v1/agencies/{agencyId}/imports/position-standards',
        '/api/v1/agencies/{agencyId}/appraisal-mapping',
        '/api/v1/agencies/{agencyId}/profiles/{employeeId}/gaps',
        '/api/v1/agencies/{agencyId}/reports/common-gaps',
      ]),
    );
  });
});
