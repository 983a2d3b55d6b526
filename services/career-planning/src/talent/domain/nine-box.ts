// The 9-box of PermenPANRB 3/2020 (DOMAIN.md §4): kinerja (performance, from the annual
// predikat) × potensi (potential, from an assessment). The cut-offs between LOW / MEDIUM / HIGH
// are the agency's (configurable); the numbering of the boxes is the regulation's.

export const PREDIKAT_ORDER = [
  'SANGAT_KURANG',
  'KURANG_MISCONDUCT',
  'BUTUH_PERBAIKAN',
  'BAIK',
  'SANGAT_BAIK',
] as const;
export type Predikat = (typeof PREDIKAT_ORDER)[number];

export type Level = 'LOW' | 'MEDIUM' | 'HIGH';
export type Box = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

export interface NineBoxCutoffs {
  kinerja: {
    /** Lowest predikat that counts as MEDIUM kinerja (sesuai ekspektasi). */
    mediumFrom: Predikat;
    /** Lowest predikat that counts as HIGH kinerja (di atas ekspektasi). */
    highFrom: Predikat;
  };
  potensi: {
    /** Lowest score, in percent of the assessment's scale, that counts as MEDIUM (inclusive). */
    mediumFromPercent: number;
    /** Lowest percent that counts as HIGH (inclusive). */
    highFromPercent: number;
  };
}

// Defaults until an agency saves its own: predikat Baik is as expected, Sangat Baik above;
// potential from 60% of the scale is middle, from 80% high (a common assessment-centre banding).
export const DEFAULT_CUTOFFS: NineBoxCutoffs = {
  kinerja: { mediumFrom: 'BAIK', highFrom: 'SANGAT_BAIK' },
  potensi: { mediumFromPercent: 60, highFromPercent: 80 },
};

export interface PotentialScale {
  min: number;
  max: number;
}

const rank = (p: Predikat): number => PREDIKAT_ORDER.indexOf(p);

/** Why a set of cut-offs cannot be used, per field; empty when it can. */
export function cutoffErrors(c: NineBoxCutoffs): { field: string; en: string; id: string }[] {
  const errors = [];
  if (rank(c.kinerja.highFrom) <= rank(c.kinerja.mediumFrom)) {
    errors.push({
      field: 'kinerja.highFrom',
      en: 'The predikat for high kinerja must be above the one for medium.',
      id: 'Predikat untuk kinerja tinggi harus di atas predikat untuk kinerja menengah.',
    });
  }
  const { mediumFromPercent: m, highFromPercent: h } = c.potensi;
  if (!(m > 0 && m < h && h <= 100)) {
    errors.push({
      field: 'potensi.highFromPercent',
      en: 'Potential cut-offs need 0 < medium < high ≤ 100 (percent of the scale).',
      id: 'Batas potensi harus 0 < menengah < tinggi ≤ 100 (persen dari skala).',
    });
  }
  return errors;
}

export function kinerjaLevel(predikat: Predikat, c: NineBoxCutoffs): Level {
  if (rank(predikat) >= rank(c.kinerja.highFrom)) return 'HIGH';
  if (rank(predikat) >= rank(c.kinerja.mediumFrom)) return 'MEDIUM';
  return 'LOW';
}

/** A score's place on its scale, 0–100. */
export function percentOfScale(score: number, scale: PotentialScale): number {
  return ((score - scale.min) / (scale.max - scale.min)) * 100;
}

export function potensiLevel(score: number, scale: PotentialScale, c: NineBoxCutoffs): Level {
  const percent = percentOfScale(score, scale);
  // Rounded to hundredths so that 4 on a 1–5 scale is exactly 75%, not 74.99999.
  const p = Math.round(percent * 100) / 100;
  if (p >= c.potensi.highFromPercent) return 'HIGH';
  if (p >= c.potensi.mediumFromPercent) return 'MEDIUM';
  return 'LOW';
}

// Rows potensi HIGH / MEDIUM / LOW, columns kinerja LOW / MEDIUM / HIGH (DOMAIN.md §4).
const GRID: Record<Level, Record<Level, Box>> = {
  HIGH: { LOW: 6, MEDIUM: 8, HIGH: 9 },
  MEDIUM: { LOW: 3, MEDIUM: 5, HIGH: 7 },
  LOW: { LOW: 1, MEDIUM: 2, HIGH: 4 },
};

export function boxOf(kinerja: Level, potensi: Level): Box {
  return GRID[potensi][kinerja];
}

export interface Placement {
  box: Box;
  kinerja: Level;
  potensi: Level;
}

/** The pure 9-box placement: annual predikat and potential score, by the agency's cut-offs. */
export function placeInNineBox(
  input: { predikat: Predikat; potentialScore: number; scale: PotentialScale },
  cutoffs: NineBoxCutoffs,
): Placement {
  const kinerja = kinerjaLevel(input.predikat, cutoffs);
  const potensi = potensiLevel(input.potentialScore, input.scale, cutoffs);
  return { box: boxOf(kinerja, potensi), kinerja, potensi };
}
