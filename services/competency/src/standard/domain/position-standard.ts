import type { PositionGroup } from '@jenjang/contracts';
import { DomainError, type FieldError } from '@jenjang/domain-kernel';
import { isCompetencyLevel, type CompetencyLevel } from '../../dictionary/domain/competency';

/** The level a jabatan (position) requires in one competency. */
export interface Requirement {
  readonly code: string;
  readonly requiredLevel: CompetencyLevel;
}

/** Standar kompetensi jabatan: per position of an agency, the required level per competency. */
export interface PositionStandard {
  readonly agencyId: string;
  readonly positionId: string;
  readonly positionGroup: PositionGroup;
  readonly requirements: readonly Requirement[];
}

/** A requirement as typed in (a form or a CSV row): nothing is trusted yet. */
export interface RequirementInput {
  readonly code: string;
  readonly requiredLevel: unknown;
}

/**
 * Everything wrong with a list of requirements: an unknown competency, a level outside 1–5, a
 * competency listed twice, an empty standard. `knownCodes` holds the national codes and the
 * agency's own technical ones.
 */
export function requirementErrors(
  requirements: readonly RequirementInput[],
  knownCodes: ReadonlySet<string>,
): FieldError[] {
  if (requirements.length === 0) {
    return [
      {
        field: 'requirements',
        message: {
          en: 'A standard needs at least one competency.',
          id: 'Standar kompetensi memerlukan paling sedikit satu kompetensi.',
        },
      },
    ];
  }
  const seen = new Set<string>();
  return requirements.flatMap((r, i): FieldError[] => {
    const errors: FieldError[] = [];
    if (!knownCodes.has(r.code)) {
      errors.push({
        field: `requirements[${i}].code`,
        message: {
          en: `Unknown competency ${r.code}.`,
          id: `Kompetensi ${r.code} tidak dikenal.`,
        },
      });
    } else if (seen.has(r.code)) {
      errors.push({
        field: `requirements[${i}].code`,
        message: {
          en: `Competency ${r.code} is listed more than once.`,
          id: `Kompetensi ${r.code} dicantumkan lebih dari satu kali.`,
        },
      });
    }
    seen.add(r.code);
    if (!isCompetencyLevel(r.requiredLevel)) {
      errors.push({
        field: `requirements[${i}].requiredLevel`,
        message: {
          en: `The required level must be a whole number from 1 to 5, not ${String(r.requiredLevel)}.`,
          id: `Level yang dipersyaratkan harus bilangan bulat 1 sampai 5, bukan ${String(r.requiredLevel)}.`,
        },
      });
    }
    return errors;
  });
}

/** The requirements, checked; throws `InvalidStandardError` listing every fault. */
export function parseRequirements(
  requirements: readonly RequirementInput[],
  knownCodes: ReadonlySet<string>,
): Requirement[] {
  const errors = requirementErrors(requirements, knownCodes);
  if (errors.length > 0) throw new InvalidStandardError(errors);
  return requirements.map((r) => ({
    code: r.code,
    requiredLevel: r.requiredLevel as CompetencyLevel,
  }));
}

export class InvalidStandardError extends DomainError {
  readonly code = 'INVALID_POSITION_STANDARD';
  constructor(override readonly fieldErrors: readonly FieldError[]) {
    super(
      {
        en: `The position standard has ${fieldErrors.length} invalid field(s); nothing was saved.`,
        id: `Standar kompetensi jabatan memiliki ${fieldErrors.length} isian yang tidak valid; tidak ada yang disimpan.`,
      },
      { status: 422, field: fieldErrors[0]?.field },
    );
  }
}

/** A standard may only be set by the agency that owns the position. */
export class PositionOfAnotherAgencyError extends DomainError {
  readonly code = 'POSITION_OF_ANOTHER_AGENCY';
  constructor(positionId: string) {
    super(
      {
        en: `Position ${positionId} belongs to another agency: its standard is set by that agency.`,
        id: `Jabatan ${positionId} milik instansi lain: standar kompetensinya ditetapkan oleh instansi tersebut.`,
      },
      { status: 422, field: 'positionId' },
    );
  }
}
