import { ROTATION_BOXES } from '../../talent/domain/recommended-action';
import type { Box } from '../../talent/domain/nine-box';

export interface RotationPerson {
  box: number;
  held: { positionId: string; grade: number };
  /** Competency codes below standard (held or target), from the latest gaps-assessed. */
  gapCodes: string[];
}

export interface RotationPost {
  positionId: string;
  grade: number;
  competencies: string[];
}

export interface RotationOption {
  positionId: string;
  closes: string[];
}

/** Proposals per person: the best few, not every post of the grade. */
export const MAX_OPTIONS = 3;

/**
 * Rotation programme (DOMAIN.md §4: rotation for boxes 4, 7 and 8): posts of the same grade
 * (kelas jabatan) whose key competencies cover a gap of the person, most gaps covered first.
 */
export function rotationOptions(
  person: RotationPerson,
  posts: readonly RotationPost[],
): RotationOption[] {
  if (!ROTATION_BOXES.includes(person.box as Box)) return [];
  const gaps = new Set(person.gapCodes);
  return posts
    .filter((p) => p.grade === person.held.grade && p.positionId !== person.held.positionId)
    .map((p) => ({
      positionId: p.positionId,
      closes: p.competencies.filter((c) => gaps.has(c)).sort(),
    }))
    .filter((o) => o.closes.length > 0)
    .sort((a, b) => b.closes.length - a.closes.length || a.positionId.localeCompare(b.positionId))
    .slice(0, MAX_OPTIONS);
}
