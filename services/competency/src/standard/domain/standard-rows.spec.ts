import type { CsvRow } from '@jenjang/csv';
import { MAX_REQUIREMENTS, planStandards } from './standard-rows';

const known = new Set(['INTEGRITAS', 'KERJA_SAMA']);
const row = (line: number, cells: Record<string, string>): CsvRow => ({
  line,
  cells: {
    jabatan_id: 'jab-1',
    jabatan_nama: 'Analis',
    kelompok_jabatan: 'FUNGSIONAL',
    kode_kompetensi: 'INTEGRITAS',
    level: '3',
    ...cells,
  },
});

describe('planStandards', () => {
  it('should group rows into one standard per position, accepting lower-case group and code', () => {
    const { plans, errors } = planStandards(
      [row(2, {}), row(3, { kode_kompetensi: 'kerja_sama', kelompok_jabatan: 'fungsional' })],
      known,
      new Set(),
    );
    expect(errors).toEqual([]);
    expect(plans).toEqual([
      {
        positionId: 'jab-1',
        positionName: 'Analis',
        positionGroup: 'FUNGSIONAL',
        requirements: [
          { code: 'INTEGRITAS', requiredLevel: 3 },
          { code: 'KERJA_SAMA', requiredLevel: 3 },
        ],
        firstLine: 2,
      },
    ]);
  });

  it('should name the line and column of every fault', () => {
    const { errors } = planStandards(
      [
        row(2, { kode_kompetensi: 'TIDAK_ADA' }),
        row(3, { level: '3.5' }),
        row(4, { level: '0' }),
        row(5, { kelompok_jabatan: 'ESELON' }),
        row(6, { jabatan_id: 'milik-lain' }),
        row(7, {}),
        row(8, {}),
        row(9, { jabatan_nama: 'Nama Lain', kode_kompetensi: 'KERJA_SAMA' }),
      ],
      known,
      new Set(['milik-lain']),
    );
    expect(errors.map((e) => `${e.line}.${e.column}`)).toEqual([
      '2.kode_kompetensi',
      '3.level',
      '4.level',
      '5.kelompok_jabatan',
      '6.jabatan_id',
      '8.kode_kompetensi',
      '9.jabatan_nama',
    ]);
  });

  it('should refuse more competencies per position than an event can carry', () => {
    const many = new Set(Array.from({ length: MAX_REQUIREMENTS + 1 }, (_, i) => `TK-${i}`));
    const rows = [...many].map((code, i) => row(i + 2, { kode_kompetensi: code }));
    const { errors } = planStandards(rows, many, new Set());
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: MAX_REQUIREMENTS + 2, column: 'kode_kompetensi' });
  });
});
