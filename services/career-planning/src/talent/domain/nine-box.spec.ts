import {
  boxOf,
  cutoffErrors,
  DEFAULT_CUTOFFS,
  kinerjaLevel,
  placeInNineBox,
  potensiLevel,
  type NineBoxCutoffs,
  type Predikat,
} from './nine-box';
import { RECOMMENDED_ACTIONS } from './recommended-action';

const hundred = { min: 0, max: 100 };

describe(placeInNineBox.name, () => {
  // One row per box of DOMAIN.md §4: predikat, potential score on 0–100, expected box.
  it.each<[Predikat, number, number, string, string]>([
    ['SANGAT_BAIK', 90, 9, 'HIGH', 'HIGH'],
    ['BAIK', 90, 8, 'MEDIUM', 'HIGH'],
    ['SANGAT_BAIK', 70, 7, 'HIGH', 'MEDIUM'],
    ['BUTUH_PERBAIKAN', 90, 6, 'LOW', 'HIGH'],
    ['BAIK', 70, 5, 'MEDIUM', 'MEDIUM'],
    ['SANGAT_BAIK', 40, 4, 'HIGH', 'LOW'],
    ['KURANG_MISCONDUCT', 70, 3, 'LOW', 'MEDIUM'],
    ['BAIK', 40, 2, 'MEDIUM', 'LOW'],
    ['SANGAT_KURANG', 40, 1, 'LOW', 'LOW'],
  ])('should place %s with potential %d in box %d', (predikat, score, box, kinerja, potensi) => {
    expect(
      placeInNineBox({ predikat, potentialScore: score, scale: hundred }, DEFAULT_CUTOFFS),
    ).toEqual({ box, kinerja, potensi });
  });

  it('should give every box exactly one kinerja/potensi pair and an action in both languages', () => {
    const levels = ['LOW', 'MEDIUM', 'HIGH'] as const;
    const boxes = levels.flatMap((k) => levels.map((p) => boxOf(k, p)));
    expect([...boxes].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const b of boxes) {
      expect(RECOMMENDED_ACTIONS[b].id.length).toBeGreaterThan(5);
      expect(RECOMMENDED_ACTIONS[b].en.length).toBeGreaterThan(5);
    }
  });
});

describe(potensiLevel.name, () => {
  it.each([
    [59.99, 'LOW'],
    [60, 'MEDIUM'],
    [79.99, 'MEDIUM'],
    [80, 'HIGH'],
    [0, 'LOW'],
    [100, 'HIGH'],
  ])('should read %d%% as %s at the default cut-offs (60 inclusive, 80 inclusive)', (s, level) => {
    expect(potensiLevel(s, hundred, DEFAULT_CUTOFFS)).toBe(level);
  });

  it('should measure the cut-off as a percentage of the scale (1-5: 3.4 is 60%, 4.2 is 80%)', () => {
    const scale = { min: 1, max: 5 };
    expect(potensiLevel(3.39, scale, DEFAULT_CUTOFFS)).toBe('LOW');
    expect(potensiLevel(3.4, scale, DEFAULT_CUTOFFS)).toBe('MEDIUM');
    expect(potensiLevel(4.19, scale, DEFAULT_CUTOFFS)).toBe('MEDIUM');
    expect(potensiLevel(4.2, scale, DEFAULT_CUTOFFS)).toBe('HIGH');
  });

  it('should follow the agency cut-offs when they move', () => {
    const strict: NineBoxCutoffs = {
      ...DEFAULT_CUTOFFS,
      potensi: { mediumFromPercent: 70, highFromPercent: 90 },
    };
    expect(potensiLevel(69.99, hundred, strict)).toBe('LOW');
    expect(potensiLevel(70, hundred, strict)).toBe('MEDIUM');
    expect(potensiLevel(89.99, hundred, strict)).toBe('MEDIUM');
    expect(potensiLevel(90, hundred, strict)).toBe('HIGH');
  });
});

describe(kinerjaLevel.name, () => {
  it.each<[Predikat, string]>([
    ['SANGAT_BAIK', 'HIGH'],
    ['BAIK', 'MEDIUM'],
    ['BUTUH_PERBAIKAN', 'LOW'],
    ['KURANG_MISCONDUCT', 'LOW'],
    ['SANGAT_KURANG', 'LOW'],
  ])('should read %s as %s at the default cut-offs', (predikat, level) => {
    expect(kinerjaLevel(predikat, DEFAULT_CUTOFFS)).toBe(level);
  });

  it('should follow an agency that counts Butuh Perbaikan as medium and Baik as high', () => {
    const lenient: NineBoxCutoffs = {
      ...DEFAULT_CUTOFFS,
      kinerja: { mediumFrom: 'BUTUH_PERBAIKAN', highFrom: 'BAIK' },
    };
    expect(kinerjaLevel('KURANG_MISCONDUCT', lenient)).toBe('LOW');
    expect(kinerjaLevel('BUTUH_PERBAIKAN', lenient)).toBe('MEDIUM');
    expect(kinerjaLevel('BAIK', lenient)).toBe('HIGH');
    expect(kinerjaLevel('SANGAT_BAIK', lenient)).toBe('HIGH');
  });
});

describe(cutoffErrors.name, () => {
  it('should accept the defaults', () => {
    expect(cutoffErrors(DEFAULT_CUTOFFS)).toEqual([]);
  });

  it('should refuse a high kinerja cut-off not above the medium one', () => {
    const bad = { ...DEFAULT_CUTOFFS, kinerja: { mediumFrom: 'BAIK', highFrom: 'BAIK' } } as const;
    expect(cutoffErrors(bad).map((e) => e.field)).toEqual(['kinerja.highFrom']);
  });

  it.each([
    [0, 80],
    [80, 80],
    [60, 101],
  ])('should refuse potential cut-offs medium %d / high %d', (m, h) => {
    const bad = { ...DEFAULT_CUTOFFS, potensi: { mediumFromPercent: m, highFromPercent: h } };
    expect(cutoffErrors(bad).map((e) => e.field)).toEqual(['potensi.highFromPercent']);
  });
});
