import { COMPETENCY_CODE_PATTERN, competencyErrors } from './competency';
import {
  LEVEL_TEXT_NOT_LOADED,
  NATIONAL_COMPETENCY_CODES,
  NATIONAL_DICTIONARY,
} from './national-dictionary';

describe('NATIONAL_DICTIONARY', () => {
  it('should hold the 8 managerial and 1 socio-cultural competencies when seeded', () => {
    const names = (kind: string) =>
      NATIONAL_DICTIONARY.filter((e) => e.kind === kind).map((e) => e.name.id);
    expect(names('MANAJERIAL')).toEqual([
      'Integritas',
      'Kerja Sama',
      'Komunikasi',
      'Orientasi pada Hasil',
      'Pelayanan Publik',
      'Pengembangan Diri dan Orang Lain',
      'Mengelola Perubahan',
      'Pengambilan Keputusan',
    ]);
    expect(names('SOSIAL_KULTURAL')).toEqual(['Perekat Bangsa']);
    expect(names('TEKNIS')).toEqual([]);
  });

  it('should give every entry a unique stable code when seeded', () => {
    const codes = NATIONAL_DICTIONARY.map((e) => e.code);
    expect(new Set(codes).size).toBe(9);
    expect(codes.every((c) => COMPETENCY_CODE_PATTERN.test(c))).toBe(true);
    expect([...codes].sort()).toEqual(Object.values(NATIONAL_COMPETENCY_CODES).sort());
    expect(codes).toContain('INTEGRITAS');
  });

  it('should be valid national version-1 entries when checked like an admin change', () => {
    for (const entry of NATIONAL_DICTIONARY) {
      expect(competencyErrors(entry)).toEqual([]);
      expect(entry).toMatchObject({ agencyId: null, version: 1 });
    }
  });

  it('should say that every level description is not loaded rather than invent one', () => {
    const descriptions = NATIONAL_DICTIONARY.flatMap((e) => e.levels.map((l) => l.description));
    expect(descriptions).toHaveLength(45);
    expect(descriptions.every((d) => d === LEVEL_TEXT_NOT_LOADED)).toBe(true);
    expect(LEVEL_TEXT_NOT_LOADED).toEqual({
      status: 'BELUM_TERSEDIA',
      note: 'Teks resmi PermenPANRB 38/2017 belum dimuat; isi oleh admin',
    });
  });

  it('should leave a level title null when it is not known with confidence', () => {
    const change = NATIONAL_DICTIONARY.find(
      (e) => e.code === NATIONAL_COMPETENCY_CODES.MENGELOLA_PERUBAHAN,
    );
    expect(change?.levels[0]).toMatchObject({ level: 1, title: null });
    const integritas = NATIONAL_DICTIONARY.find((e) => e.code === 'INTEGRITAS');
    expect(integritas?.levels[0]?.title).toBe(
      'Mampu bertindak sesuai nilai, norma, etika organisasi dalam kapasitas pribadi',
    );
  });
});
