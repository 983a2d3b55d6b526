import {
  ORGANISATION_PREDIKAT_LABELS,
  RATING_LABELS,
  type OrganisationPredikat,
  type Rating,
} from '@jenjang/contracts';
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

/**
 * Where the appraised person heads the unit, the unit's achievement is their rating hasil kerja
 * (PermenPANRB 6/2022, DOMAIN.md §1): Istimewa is above expectations, Baik as expected, and
 * Butuh Perbaikan, Kurang or Sangat Kurang below.
 */
export const UNIT_HEAD_HASIL_KERJA: Readonly<Record<OrganisationPredikat, Rating>> = {
  ISTIMEWA: 'DI_ATAS_EKSPEKTASI',
  BAIK: 'SESUAI_EKSPEKTASI',
  BUTUH_PERBAIKAN: 'DI_BAWAH_EKSPEKTASI',
  KURANG: 'DI_BAWAH_EKSPEKTASI',
  SANGAT_KURANG: 'DI_BAWAH_EKSPEKTASI',
};

/**
 * The head of a unit by the org chart: placed in it, and either reporting to nobody or to a
 * superior placed outside it. A placement the chart does not know (the person's or a named
 * superior's) makes no head: the rule is then not applied.
 */
export function headsUnit(
  unitId: string,
  own: { unitId: string; superiorEmployeeId: string | null } | null,
  superior: { unitId: string } | null,
): boolean {
  if (own?.unitId !== unitId) return false;
  if (own.superiorEmployeeId === null) return true;
  return superior !== null && superior.unitId !== unitId;
}

export class UnitHeadRatingError extends DomainError {
  readonly code = 'UNIT_HEAD_RATING';
  constructor(organisation: OrganisationPredikat, expected: Rating) {
    const org = ORGANISATION_PREDIKAT_LABELS[organisation];
    const rating = RATING_LABELS[expected];
    super(
      {
        en: `This employee heads the unit: their work results rating follows the unit's organisation rating ${org.en}, so it must be ${rating.en} (PermenPANRB 6/2022).`,
        id: `Pegawai ini memimpin unit kerjanya: rating hasil kerjanya mengikuti predikat kinerja organisasi ${org.id}, yaitu ${rating.id} (PermenPANRB 6/2022).`,
      },
      { status: 409, field: 'hasilKerja' },
    );
  }
}

/** Refuses a unit head's rating hasil kerja that differs from the unit's result. */
export function checkUnitHeadRating(organisation: OrganisationPredikat, given: Rating): void {
  const expected = UNIT_HEAD_HASIL_KERJA[organisation];
  if (given !== expected) throw new UnitHeadRatingError(organisation, expected);
}
