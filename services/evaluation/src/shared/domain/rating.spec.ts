import {
  BERAKHLAK_LABELS,
  BERAKHLAK_VALUES,
  PREDIKATS,
  RATINGS,
  isRating,
  predikatFor,
  type Predikat,
  type Rating,
} from './rating';

describe('predikatFor', () => {
  // One row per cell of DOMAIN.md §1: hasil kerja, perilaku kerja, predikat.
  const matrix: [Rating, Rating, Predikat][] = [
    ['DI_ATAS_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI', 'KURANG_MISCONDUCT'],
    ['DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'BAIK'],
    ['DI_ATAS_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI', 'SANGAT_BAIK'],
    ['SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI', 'KURANG_MISCONDUCT'],
    ['SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'BAIK'],
    ['SESUAI_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI', 'BAIK'],
    ['DI_BAWAH_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI', 'SANGAT_KURANG'],
    ['DI_BAWAH_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'BUTUH_PERBAIKAN'],
    ['DI_BAWAH_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI', 'BUTUH_PERBAIKAN'],
  ];

  it.each(matrix)(
    'should give %s hasil kerja with %s perilaku kerja the predikat %s',
    (hasilKerja, perilakuKerja, predikat) => {
      expect(predikatFor(hasilKerja, perilakuKerja)).toBe(predikat);
    },
  );

  it('should cover every pair of ratings when the table above is complete', () => {
    const pairs = new Set(matrix.map(([h, p]) => `${h}/${p}`));
    expect(pairs.size).toBe(RATINGS.length * RATINGS.length);
  });

  it('should reach every predikat when all pairs are rated', () => {
    const reached = new Set(RATINGS.flatMap((h) => RATINGS.map((p) => predikatFor(h, p))));
    expect([...reached].sort()).toEqual([...PREDIKATS].sort());
  });
});

describe('isRating', () => {
  it.each(RATINGS)('should accept %s when it is a rating', (rating) => {
    expect(isRating(rating)).toBe(true);
  });

  it.each(['SANGAT_BAIK', 'di_atas_ekspektasi', '', 3, undefined])(
    'should refuse %j when it is not a rating',
    (value) => {
      expect(isRating(value)).toBe(false);
    },
  );
});

describe('BERAKHLAK_VALUES', () => {
  it('should list the seven core values with an Indonesian label each', () => {
    expect(BERAKHLAK_VALUES).toHaveLength(7);
    expect(BERAKHLAK_VALUES.map((v) => BERAKHLAK_LABELS[v])).toEqual([
      'Berorientasi Pelayanan',
      'Akuntabel',
      'Kompeten',
      'Harmonis',
      'Loyal',
      'Adaptif',
      'Kolaboratif',
    ]);
  });
});
