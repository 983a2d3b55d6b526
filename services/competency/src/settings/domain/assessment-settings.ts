import { DomainError, type FieldError } from '@jenjang/domain-kernel';
import { DEFAULT_JPM_CONFIG, type JpmCategory, type JpmConfig } from './assessment-policy';
import {
  ASSESSMENT_SOURCES,
  DEFAULT_CURRENT_LEVEL_POLICY,
  type CurrentLevelPolicy,
} from './assessment-policy';

/** How an agency computes JPM and derives current levels (DOMAIN.md: configurable, so data). */
export interface AssessmentSettings {
  readonly jpm: JpmConfig;
  readonly currentLevel: CurrentLevelPolicy;
}

export const DEFAULT_ASSESSMENT_SETTINGS: AssessmentSettings = {
  jpm: DEFAULT_JPM_CONFIG,
  currentLevel: DEFAULT_CURRENT_LEVEL_POLICY,
};

const JPM_CATEGORIES: readonly JpmCategory[] = ['OPTIMAL', 'CUKUP_OPTIMAL', 'KURANG_OPTIMAL'];

const error = (field: string, en: string, id: string): FieldError => ({
  field,
  message: { en, id },
});

/** Everything wrong with settings an admin submits; empty when valid. */
export function settingsErrors(s: AssessmentSettings): FieldError[] {
  const errors: FieldError[] = [];
  const bands = s.jpm.bands;
  bands.forEach((b, i) => {
    if (!JPM_CATEGORIES.includes(b.category)) {
      errors.push(
        error(
          `jpm.bands[${i}].category`,
          `The category must be one of ${JPM_CATEGORIES.join(', ')}.`,
          `Kategori harus salah satu dari ${JPM_CATEGORIES.join(', ')}.`,
        ),
      );
    }
    if (!(b.minPercent >= 0 && b.minPercent <= 100)) {
      errors.push(
        error(
          `jpm.bands[${i}].minPercent`,
          'The lower bound must be from 0 to 100.',
          'Batas bawah harus 0 sampai 100.',
        ),
      );
    }
  });
  if (new Set(bands.map((b) => b.category)).size !== bands.length) {
    errors.push(
      error(
        'jpm.bands',
        'Each category may appear once.',
        'Setiap kategori hanya boleh muncul satu kali.',
      ),
    );
  }
  if (new Set(bands.map((b) => b.minPercent)).size !== bands.length) {
    errors.push(
      error(
        'jpm.bands',
        'Two bands may not start at the same percentage.',
        'Dua rentang tidak boleh dimulai pada persentase yang sama.',
      ),
    );
  }
  if (!bands.some((b) => b.minPercent === 0)) {
    errors.push(
      error(
        'jpm.bands',
        'One band must start at 0 so that every JPM has a category.',
        'Satu rentang harus dimulai dari 0 agar setiap JPM memiliki kategori.',
      ),
    );
  }
  const { precedence, sameAgeDays, cappedSources } = s.currentLevel;
  for (const [source, rank] of Object.entries(precedence)) {
    if (!(ASSESSMENT_SOURCES as readonly string[]).includes(source)) {
      errors.push(
        error(
          `currentLevel.precedence.${source}`,
          `${source} is not an assessment source.`,
          `${source} bukan sumber penilaian.`,
        ),
      );
    } else if (!Number.isInteger(rank) || rank < 0 || rank > 10) {
      errors.push(
        error(
          `currentLevel.precedence.${source}`,
          'A precedence is a whole number from 0 (not counted) to 10.',
          'Prioritas adalah bilangan bulat 0 (tidak dihitung) sampai 10.',
        ),
      );
    }
  }
  if (!Object.values(precedence).some((rank) => (rank ?? 0) > 0)) {
    errors.push(
      error(
        'currentLevel.precedence',
        'At least one source must count.',
        'Paling sedikit satu sumber harus dihitung.',
      ),
    );
  }
  if (!Number.isInteger(sameAgeDays) || sameAgeDays < 0 || sameAgeDays > 3650) {
    errors.push(
      error(
        'currentLevel.sameAgeDays',
        'Days of one assessment round: a whole number from 0 to 3650.',
        'Hari dalam satu putaran penilaian: bilangan bulat 0 sampai 3650.',
      ),
    );
  }
  cappedSources.forEach((source, i) => {
    if (!(ASSESSMENT_SOURCES as readonly string[]).includes(source)) {
      errors.push(
        error(
          `currentLevel.cappedSources[${i}]`,
          `${source} is not an assessment source.`,
          `${source} bukan sumber penilaian.`,
        ),
      );
    }
  });
  return errors;
}

export class InvalidAssessmentSettingsError extends DomainError {
  readonly code = 'INVALID_ASSESSMENT_SETTINGS';
  constructor(override readonly fieldErrors: readonly FieldError[]) {
    super(
      {
        en: `The assessment settings have ${fieldErrors.length} invalid field(s); nothing was saved.`,
        id: `Pengaturan penilaian memiliki ${fieldErrors.length} isian yang tidak valid; tidak ada yang disimpan.`,
      },
      { status: 422, field: fieldErrors[0]?.field },
    );
  }
}
