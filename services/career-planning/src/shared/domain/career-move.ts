import { familyOf, type PositionRef } from './position-ref';

/**
 * Pola karier (PP 11/2017, DOMAIN.md §4): HORIZONTAL an equal post (same kelas jabatan),
 * VERTICAL a higher post in the same family (JPT / JA / JF), DIAGONAL a higher post in another
 * family. LOWER (a lower grade) is no career move of the regulation but happens, e.g. after a
 * disciplinary demotion; INITIAL is the first placement we know of.
 */
export type CareerMove = 'INITIAL' | 'HORIZONTAL' | 'VERTICAL' | 'DIAGONAL' | 'LOWER';

type Level = Pick<PositionRef, 'group' | 'grade'>;

export function classifyMove(from: Level | null, to: Level): CareerMove {
  if (from === null) return 'INITIAL';
  if (to.grade === from.grade) return 'HORIZONTAL';
  if (to.grade < from.grade) return 'LOWER';
  return familyOf(to.group) === familyOf(from.group) ? 'VERTICAL' : 'DIAGONAL';
}
