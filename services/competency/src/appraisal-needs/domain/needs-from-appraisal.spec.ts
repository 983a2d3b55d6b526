import { appraisalFinalizedV1, type AppraisalFinalizedV1 } from '@jenjang/contracts';
import { NATIONAL_DICTIONARY } from '../../dictionary/domain/national-dictionary';
import {
  DEFAULT_APPRAISAL_MAPPING,
  InvalidAppraisalMappingError,
  mappingErrors,
  type AppraisalCompetencyMapping,
} from './appraisal-mapping';
import { needsFromAppraisal, periodLabel } from './needs-from-appraisal';

// The contract's example: annual 2025, hasil kerja SESUAI, perilaku DI_BAWAH, Kolaboratif and
// Adaptif rated below expectations, Akuntabel as expected.
const example: AppraisalFinalizedV1 = appraisalFinalizedV1.example;
const payload = (patch: Partial<AppraisalFinalizedV1>): AppraisalFinalizedV1 => ({
  ...example,
  ...patch,
});

describe('needsFromAppraisal', () => {
  it('should map each value rated below expectations to its competency when the example arrives', () => {
    expect(needsFromAppraisal(example)).toEqual([
      {
        code: 'MENGELOLA_PERUBAHAN',
        reasons: [
          {
            origin: { kind: 'NILAI', value: 'ADAPTIF' },
            text: {
              id: 'Nilai Adaptif dinilai di bawah ekspektasi pada penilaian kinerja Tahun 2025',
              en: 'The value Adaptive was rated below expectations in the 2025 appraisal',
            },
          },
        ],
      },
      {
        code: 'KERJA_SAMA',
        reasons: [
          {
            origin: { kind: 'NILAI', value: 'KOLABORATIF' },
            text: {
              id: 'Nilai Kolaboratif dinilai di bawah ekspektasi pada penilaian kinerja Tahun 2025',
              en: 'The value Collaborative was rated below expectations in the 2025 appraisal',
            },
          },
        ],
      },
    ]);
  });

  it('should fall back to the overall rule when perilaku is empty but rated below expectations', () => {
    const needs = needsFromAppraisal(payload({ perilaku: [] }));
    expect(needs).toEqual([
      {
        code: 'INTEGRITAS',
        reasons: [
          {
            origin: { kind: 'PERILAKU_KERJA' },
            text: {
              id: 'Perilaku kerja dinilai di bawah ekspektasi pada penilaian kinerja Tahun 2025 tanpa rincian nilai BerAKHLAK',
              en: 'Behaviour (perilaku kerja) was rated below expectations in the 2025 appraisal, with no BerAKHLAK value named',
            },
          },
        ],
      },
    ]);
  });

  it('should give nothing when everything is as expected and perilaku is empty', () => {
    const needs = needsFromAppraisal(
      payload({
        ratingHasilKerja: 'SESUAI_EKSPEKTASI',
        ratingPerilakuKerja: 'SESUAI_EKSPEKTASI',
        predikat: 'BAIK',
        perilaku: [],
      }),
    );
    expect(needs).toEqual([]);
  });

  it('should add Orientasi pada Hasil when hasil kerja is below expectations in a quarter', () => {
    const needs = needsFromAppraisal(
      payload({
        period: {
          kind: 'TRIWULANAN',
          year: 2026,
          index: 1,
          startDate: '2026-01-01',
          endDate: '2026-03-31',
        },
        ratingHasilKerja: 'DI_BAWAH_EKSPEKTASI',
        ratingPerilakuKerja: 'SESUAI_EKSPEKTASI',
        predikat: 'BUTUH_PERBAIKAN',
        perilaku: [
          { value: 'KOMPETEN', rating: 'SESUAI_EKSPEKTASI', note: 'Rajin ikut pelatihan.' },
        ],
      }),
    );
    expect(needs).toEqual([
      {
        code: 'ORIENTASI_PADA_HASIL',
        reasons: [
          {
            origin: { kind: 'HASIL_KERJA' },
            text: {
              id: 'Hasil kerja dinilai di bawah ekspektasi pada penilaian kinerja Triwulan I 2026',
              en: 'Work results (hasil kerja) were rated below expectations in the Q1 2026 appraisal',
            },
          },
        ],
      },
    ]);
  });

  it('should merge the reasons and rank first a competency that several weak values point to', () => {
    const needs = needsFromAppraisal(
      payload({
        ratingHasilKerja: 'DI_BAWAH_EKSPEKTASI',
        ratingPerilakuKerja: 'DI_BAWAH_EKSPEKTASI',
        predikat: 'SANGAT_KURANG',
        perilaku: [
          { value: 'KOLABORATIF', rating: 'DI_BAWAH_EKSPEKTASI' },
          { value: 'LOYAL', rating: 'DI_BAWAH_EKSPEKTASI' },
          { value: 'HARMONIS', note: 'Catatan tanpa rating.' },
          { value: 'AKUNTABEL', rating: 'DI_BAWAH_EKSPEKTASI' },
        ],
      }),
    );
    expect(needs.map((n) => [n.code, n.reasons.map((r) => r.origin)])).toEqual([
      [
        'INTEGRITAS',
        [
          { kind: 'NILAI', value: 'AKUNTABEL' },
          { kind: 'NILAI', value: 'LOYAL' },
        ],
      ],
      ['ORIENTASI_PADA_HASIL', [{ kind: 'HASIL_KERJA' }]],
      ['KERJA_SAMA', [{ kind: 'NILAI', value: 'KOLABORATIF' }]],
    ]);
  });

  it('should use a weak value even when perilaku kerja as a whole is as expected', () => {
    const needs = needsFromAppraisal(
      payload({
        ratingPerilakuKerja: 'SESUAI_EKSPEKTASI',
        predikat: 'BAIK',
        perilaku: [{ value: 'BERORIENTASI_PELAYANAN', rating: 'DI_BAWAH_EKSPEKTASI' }],
      }),
    );
    expect(needs.map((n) => n.code)).toEqual(['PELAYANAN_PUBLIK']);
  });

  it('should give nothing when the predikat is SANGAT_BAIK', () => {
    const needs = needsFromAppraisal(
      payload({
        ratingHasilKerja: 'DI_ATAS_EKSPEKTASI',
        ratingPerilakuKerja: 'DI_ATAS_EKSPEKTASI',
        predikat: 'SANGAT_BAIK',
        perilaku: [{ value: 'ADAPTIF', rating: 'DI_BAWAH_EKSPEKTASI' }],
      }),
    );
    expect(needs).toEqual([]);
  });

  it("should follow the agency's mapping when an admin changed it", () => {
    const mapping: AppraisalCompetencyMapping = {
      ...DEFAULT_APPRAISAL_MAPPING,
      perilaku: {
        ...DEFAULT_APPRAISAL_MAPPING.perilaku,
        KOLABORATIF: {
          competencyCodes: ['KERJA_SAMA', 'KOMUNIKASI'],
          rationale: { en: 'Ours.', id: 'Milik kami.' },
        },
        ADAPTIF: { competencyCodes: [], rationale: { en: 'Off.', id: 'Nonaktif.' } },
      },
    };
    expect(needsFromAppraisal(example, mapping).map((n) => n.code)).toEqual([
      'KERJA_SAMA',
      'KOMUNIKASI',
    ]);
  });
});

describe('DEFAULT_APPRAISAL_MAPPING', () => {
  const known = new Set(NATIONAL_DICTIONARY.map((e) => e.code));

  it.each([
    ['KOLABORATIF', 'KERJA_SAMA'],
    ['BERORIENTASI_PELAYANAN', 'PELAYANAN_PUBLIK'],
    ['ADAPTIF', 'MENGELOLA_PERUBAHAN'],
    ['AKUNTABEL', 'INTEGRITAS'],
    ['KOMPETEN', 'PENGEMBANGAN_DIRI_DAN_ORANG_LAIN'],
    ['HARMONIS', 'PEREKAT_BANGSA'],
    ['LOYAL', 'INTEGRITAS'],
  ] as const)('should map %s to %s by default', (value, code) => {
    expect(DEFAULT_APPRAISAL_MAPPING.perilaku[value].competencyCodes).toEqual([code]);
  });

  it('should only name national competencies when checked against the dictionary', () => {
    expect(mappingErrors(DEFAULT_APPRAISAL_MAPPING, known)).toEqual([]);
  });

  it('should name the rule at fault when an admin maps to an unknown competency', () => {
    const mapping = {
      ...DEFAULT_APPRAISAL_MAPPING,
      hasilKerja: { competencyCodes: ['TIDAK_ADA'], rationale: { en: 'x', id: 'x' } },
    };
    const errors = mappingErrors(mapping, known);
    expect(errors.map((e) => e.field)).toEqual(['hasilKerja.competencyCodes']);
    expect(new InvalidAppraisalMappingError(errors)).toMatchObject({
      code: 'INVALID_APPRAISAL_MAPPING',
      status: 422,
    });
  });
});

describe('periodLabel', () => {
  it('should read as a civil servant writes it when the period is annual', () => {
    expect(periodLabel(example.period)).toEqual({ id: 'Tahun 2025', en: '2025' });
  });

  it('should name the quarter in Roman numerals when the period is quarterly', () => {
    const q2 = { ...example.period, kind: 'TRIWULANAN' as const, year: 2026, index: 2 };
    expect(periodLabel(q2)).toEqual({ id: 'Triwulan II 2026', en: 'Q2 2026' });
  });
});
