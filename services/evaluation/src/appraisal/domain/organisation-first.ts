import { DomainError } from '@jenjang/domain-kernel';

/** Organisation first: staff predikat wait until the unit's predikat kinerja organisasi is set. */
export class OrganisationPredikatMissingError extends DomainError {
  readonly code = 'ORGANISATION_PREDIKAT_MISSING';
  constructor(unitId: string, year: number) {
    super(
      {
        en: `The unit ${unitId} has no organisation performance rating (predikat kinerja organisasi) for ${year} yet; the agency's HR unit sets it first.`,
        id: `Unit ${unitId} belum memiliki predikat kinerja organisasi tahun ${year}; unit kepegawaian instansi perlu menetapkannya terlebih dahulu.`,
      },
      { status: 409 },
    );
  }
}
