import type { Golongan } from './golongan';

export interface Step {
  golongan: Golongan;
  tmt: string;
  decreeNumber: string | null;
  source: 'API' | 'IMPORT';
}

/**
 * The history with one more step: a step of the same TMT replaces the one on record (a corrected
 * decree), newest TMT first; the current rank is the first. Applying the same step twice gives
 * the same history (an import sent again).
 */
export function withStep<S extends Step>(history: readonly S[], step: S): S[] {
  return [...history.filter((h) => h.tmt !== step.tmt), step].sort((a, b) =>
    b.tmt.localeCompare(a.tmt),
  );
}

export const sameStep = (a: Step, b: Step): boolean =>
  a.golongan === b.golongan && a.tmt === b.tmt && a.decreeNumber === b.decreeNumber;
