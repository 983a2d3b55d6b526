import type { CsvRow } from '@jenjang/csv';
import { planCatalog } from './catalog-rows';
import { toDateTime } from './catalog-values';

const row = (line: number, cells: Record<string, string>): CsvRow => ({
  line,
  cells: {
    kode_program: 'kerja-sama',
    judul: 'Pelatihan Kerja Sama Lintas Sektor',
    bentuk: 'Pelatihan Teknis',
    penyedia_nama: 'BKD DIY',
    jp: '24',
    kompetensi: 'KERJA_SAMA:3:naik; KOMUNIKASI:2',
    nilai_berakhlak: 'Kolaboratif; HARMONIS',
    ...cells,
  },
});

describe('planCatalog', () => {
  it('should read a program with two sessions, in WIB, with defaults', () => {
    const plan = planCatalog([
      row(2, { mulai: '2026-12-07', selesai: '2026-12-09', kapasitas: '30' }),
      row(3, {
        kode_angkatan: 'ang-2',
        mulai: '14/12/2026 09:00',
        selesai: '16/12/2026',
        kapasitas: '25',
      }),
    ]);
    expect(plan.errors).toEqual([]);
    expect(plan.programs).toEqual([
      expect.objectContaining({
        code: 'kerja-sama',
        form: 'PELATIHAN_TEKNIS',
        provider: { kind: 'INTERNAL', name: 'BKD DIY' },
        competencies: [
          { competencyCode: 'KERJA_SAMA', level: 3, raisesAssessedLevel: true },
          { competencyCode: 'KOMUNIKASI', level: 2, raisesAssessedLevel: false },
        ],
        berakhlakValues: ['KOLABORATIF', 'HARMONIS'],
        availability: 'OWN',
        selfPaced: false,
        active: true,
      }),
    ]);
    expect(
      plan.sessions.map((s) => [s.code, s.startsAt.toISOString(), s.endsAt.toISOString()]),
    ).toEqual([
      ['2026-12-07', '2026-12-07T01:00:00.000Z', '2026-12-09T09:00:00.000Z'],
      ['ang-2', '2026-12-14T02:00:00.000Z', '2026-12-16T09:00:00.000Z'],
    ]);
  });

  it('should name every bad cell by line and column', () => {
    const plan = planCatalog([
      row(2, { jp: '-4', bentuk: 'Piknik', kompetensi: 'KERJA_SAMA:9', nilai_berakhlak: 'Jujur' }),
      row(3, { mulai: '2026-12-09', selesai: '2026-12-07', kapasitas: '0' }),
    ]);
    expect(plan.errors.map((e) => `${e.line}.${e.column}`)).toEqual([
      '2.bentuk',
      '2.jp',
      '2.kompetensi',
      '2.nilai_berakhlak',
      '3.selesai',
      '3.kapasitas',
    ]);
  });

  it('should refuse a program described differently, and a session given twice', () => {
    const plan = planCatalog([
      row(2, { mulai: '2026-12-07', selesai: '2026-12-09', kapasitas: '30' }),
      row(3, { jp: '20', mulai: '2026-12-14', selesai: '2026-12-16', kapasitas: '30' }),
      row(4, { mulai: '2026-12-07', selesai: '2026-12-08', kapasitas: '30' }),
    ]);
    expect(plan.errors.map((e) => `${e.line}.${e.column}`)).toEqual([
      '3.kode_program',
      '4.kode_angkatan',
    ]);
  });

  it('should refuse impossible dates', () => {
    expect(toDateTime('2026-02-31', '08:00')).toBeUndefined();
    expect(toDateTime('31/02/2026', '08:00')).toBeUndefined();
    expect(toDateTime('besok', '08:00')).toBeUndefined();
    expect(toDateTime('2026-02-16T08:00:00+07:00', '08:00')?.toISOString()).toBe(
      '2026-02-16T01:00:00.000Z',
    );
  });

  it('should read the leadership level of a leadership programme and refuse it elsewhere', () => {
    const plan = planCatalog([
      row(2, {
        kode_program: 'latpim',
        bentuk: 'PELATIHAN_KEPEMIMPINAN',
        jenjang_kepemimpinan: 'PKA',
      }),
      row(3, { kode_program: 'pkp', bentuk: 'PELATIHAN_KEPEMIMPINAN' }),
    ]);
    expect(plan.errors).toEqual([]);
    expect(plan.programs.map((p) => [p.code, p.leadershipLevel])).toEqual([
      ['latpim', 'ADMINISTRATOR'],
      ['pkp', null],
    ]);
    const bad = planCatalog([
      row(2, { jenjang_kepemimpinan: 'PKP' }),
      row(3, {
        kode_program: 'latsar',
        bentuk: 'PELATIHAN_KEPEMIMPINAN',
        jenjang_kepemimpinan: 'Latsar',
      }),
    ]);
    expect(bad.errors.map((e) => `${e.line}.${e.column}`)).toEqual([
      '2.jenjang_kepemimpinan',
      '3.jenjang_kepemimpinan',
    ]);
  });
});
