import { DomainError, type FieldError } from '@jenjang/domain-kernel';

/** A dictionary entry (new or revised) whose content is invalid; lists every field at fault. */
export class InvalidCompetencyError extends DomainError {
  readonly code = 'INVALID_COMPETENCY';
  constructor(override readonly fieldErrors: readonly FieldError[]) {
    super(
      {
        en: `The competency has ${fieldErrors.length} invalid field(s).`,
        id: `Kompetensi memiliki ${fieldErrors.length} isian yang tidak valid.`,
      },
      { status: 422, field: fieldErrors[0]?.field },
    );
  }
}

/** A revision must apply after the version it revises: history is never rewritten. */
export class CompetencyRevisionOutOfOrderError extends DomainError {
  readonly code = 'COMPETENCY_REVISION_OUT_OF_ORDER';
  constructor(code: string, currentValidFrom: string, at: string) {
    super(
      {
        en: `Competency ${code}: a new version must apply after ${currentValidFrom} (the current version's start); ${at} would rewrite history.`,
        id: `Kompetensi ${code}: versi baru harus berlaku setelah ${currentValidFrom} (awal berlakunya versi saat ini); ${at} akan mengubah riwayat.`,
      },
      { status: 409, field: 'validFrom' },
    );
  }
}

/** A revision that changes nothing would only add a meaningless version. */
export class CompetencyRevisionEmptyError extends DomainError {
  readonly code = 'COMPETENCY_REVISION_EMPTY';
  constructor(code: string) {
    super(
      {
        en: `Competency ${code}: the change is identical to the current version; no new version was made.`,
        id: `Kompetensi ${code}: perubahan sama dengan versi saat ini; tidak ada versi baru yang dibuat.`,
      },
      { status: 422 },
    );
  }
}

/** A competency code that is not in the dictionary (national, or the agency's technical one). */
export class UnknownCompetencyError extends DomainError {
  readonly code = 'UNKNOWN_COMPETENCY';
  constructor(competencyCode: string, field = 'competencyCode') {
    super(
      {
        en: `Unknown competency ${competencyCode}: it is neither national nor in the agency's technical dictionary.`,
        id: `Kompetensi ${competencyCode} tidak dikenal: tidak ada di kamus nasional maupun kamus teknis instansi.`,
      },
      { status: 422, field },
    );
  }
}

/** The national dictionary is the regulation's: agencies read it, they do not edit it here. */
export class NationalCompetencyReadOnlyError extends DomainError {
  readonly code = 'NATIONAL_COMPETENCY_READ_ONLY';
  constructor(code: string) {
    super(
      {
        en: `${code} is a national competency (PermenPANRB 38/2017): it cannot be created or changed by an agency.`,
        id: `${code} adalah kompetensi nasional (PermenPANRB 38/2017): tidak dapat dibuat atau diubah oleh instansi.`,
      },
      { status: 409, field: 'code' },
    );
  }
}

/** The code exists already (or a concurrent edit made the same version first). */
export class DuplicateCompetencyError extends DomainError {
  readonly code = 'COMPETENCY_CONFLICT';
  constructor(code: string) {
    super(
      {
        en: `Competency ${code} already exists or was changed at the same time; read it again and retry.`,
        id: `Kompetensi ${code} sudah ada atau diubah pada saat yang sama; baca ulang lalu coba lagi.`,
      },
      { status: 409, field: 'code' },
    );
  }
}
