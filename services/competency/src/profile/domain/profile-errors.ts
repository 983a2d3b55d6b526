import { DomainError } from '@jenjang/domain-kernel';
import type { AssessmentSource } from '../../settings/domain/assessment-policy';

/** Who may record a level from which source: the person, their superiors, the HR unit. */
export class SourceNotAllowedError extends DomainError {
  readonly code = 'ASSESSMENT_SOURCE_NOT_ALLOWED';
  constructor(source: AssessmentSource) {
    super(
      {
        en: `Your role may not record an assessment with source ${source}.`,
        id: `Peran Anda tidak boleh mencatat penilaian dengan sumber ${source}.`,
      },
      { status: 403, field: 'source' },
    );
  }
}

/** A target position must have a standard in the agency, or there is nothing to compare with. */
export class TargetWithoutStandardError extends DomainError {
  readonly code = 'TARGET_POSITION_WITHOUT_STANDARD';
  constructor(positionId: string) {
    super(
      {
        en: `Position ${positionId} has no competency standard in this agency; set one first.`,
        id: `Jabatan ${positionId} belum memiliki standar kompetensi di instansi ini; tetapkan dahulu.`,
      },
      { status: 422, field: 'positionId' },
    );
  }
}

/** An assessment dated in the future is a typing error, not a fact. */
export class AssessedInFutureError extends DomainError {
  readonly code = 'ASSESSED_IN_FUTURE';
  constructor() {
    super(
      {
        en: 'The assessment date may not be in the future.',
        id: 'Tanggal penilaian tidak boleh di masa depan.',
      },
      { status: 422, field: 'assessedAt' },
    );
  }
}
