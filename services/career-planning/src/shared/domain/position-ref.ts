// A jabatan as the career rules see it. Family is what "same group" means in pola karier
// (DOMAIN.md §4): JPT, JA (administrator, pengawas, pelaksana) or JF.
export const POSITION_GROUPS = [
  'JPT',
  'ADMINISTRATOR',
  'PENGAWAS',
  'PELAKSANA',
  'FUNGSIONAL',
] as const;
export type PositionGroup = (typeof POSITION_GROUPS)[number];

export type PositionFamily = 'JPT' | 'JA' | 'JF';

export interface PositionRef {
  id: string;
  name: string;
  group: PositionGroup;
  /** Kelas jabatan 1–17. */
  grade: number;
}

export const GRADE_MIN = 1;
export const GRADE_MAX = 17;

export function familyOf(group: PositionGroup): PositionFamily {
  switch (group) {
    case 'JPT':
      return 'JPT';
    case 'ADMINISTRATOR':
    case 'PENGAWAS':
    case 'PELAKSANA':
      return 'JA';
    case 'FUNGSIONAL':
      return 'JF';
  }
}
