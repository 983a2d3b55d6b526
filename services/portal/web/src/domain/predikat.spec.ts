import { predikatOf } from './predikat';

describe('predikatOf', () => {
  it('should follow the PermenPANRB 6/2022 matrix for every pair of ratings', () => {
    expect(predikatOf('DI_ATAS_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI')).toBe('SANGAT_BAIK');
    expect(predikatOf('DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI')).toBe('BAIK');
    expect(predikatOf('DI_ATAS_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI')).toBe('KURANG_MISCONDUCT');
    expect(predikatOf('SESUAI_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI')).toBe('BAIK');
    expect(predikatOf('SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI')).toBe('BAIK');
    expect(predikatOf('SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI')).toBe('KURANG_MISCONDUCT');
    expect(predikatOf('DI_BAWAH_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI')).toBe('BUTUH_PERBAIKAN');
    expect(predikatOf('DI_BAWAH_EKSPEKTASI', 'SESUAI_EKSPEKTASI')).toBe('BUTUH_PERBAIKAN');
    expect(predikatOf('DI_BAWAH_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI')).toBe('SANGAT_KURANG');
  });
});
