import type { CsvRow } from '@jenjang/csv';
import { planFinalResults } from './final-result-rows';

const NIP = '198703122010011002';
const row = (line: number, cells: Record<string, string>): CsvRow => ({
  line,
  cells: {
    nip: NIP,
    employee_id: 'e1',
    tahun: '2026',
    periode: 'TAHUNAN',
    rating_hasil_kerja: 'SESUAI_EKSPEKTASI',
    rating_perilaku_kerja: 'DI_BAWAH_EKSPEKTASI',
    ...cells,
  },
});

describe('planFinalResults', () => {
  it('should compute the predikat from the matrix and read labels as codes', () => {
    const { plans, errors } = planFinalResults([
      row(2, { rating_perilaku_kerja: 'Di Bawah Ekspektasi', predikat: 'Kurang/Misconduct' }),
    ]);
    expect(errors).toEqual([]);
    expect(plans[0]).toMatchObject({ predikat: 'KURANG_MISCONDUCT', period: { kind: 'TAHUNAN' } });
  });

  it('should report a quarter without its number and one NIP for two employees', () => {
    const { plans, errors } = planFinalResults([
      row(2, { periode: 'Triwulan', nomor_periode: '' }),
      row(3, { employee_id: 'e2' }),
    ]);
    expect(plans).toEqual([]);
    expect(errors.map((e) => [e.line, e.column])).toEqual([
      [2, 'nomor_periode'],
      [3, 'employee_id'],
    ]);
    expect(JSON.stringify(errors)).not.toContain(NIP);
  });
});
