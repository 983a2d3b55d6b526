import { DomainError, type FieldError } from '@jenjang/domain-kernel';

/** Where an SKP sits in the org chart: from today's placement, never from the pegawai's say. */
export interface SkpAssignment {
  readonly unitId: string;
  readonly position: { readonly id: string; readonly name: string; readonly group: string };
  /** Pejabat penilai kinerja: the direct superior. */
  readonly penilaiId: string;
  /** Atasan pejabat penilai: the superior's superior, never the penilai. */
  readonly atasanPenilaiId: string;
}

/** What the org chart says of the employee today (see superiorsOf in @jenjang/auth). */
export interface ChartView {
  readonly line: {
    readonly unitId: string;
    readonly position: { readonly id: string; readonly name: string; readonly group: string };
  } | null;
  readonly penilaiId: string | null;
  readonly atasanPenilaiId: string | null;
}

/** What the pegawai may still send (older clients do): it must agree with the org chart. */
export interface SkpAssignmentClaim {
  readonly unitId?: string;
  readonly position?: { readonly id: string; readonly name?: string; readonly group?: string };
  readonly penilaiId?: string;
  readonly atasanPenilaiId?: string;
}

/** The org chart has no placement (or no superior) for the employee today. */
export class SkpNotInOrgChartError extends DomainError {
  readonly code = 'SKP_NOT_IN_ORG_CHART';
  constructor(
    readonly missing: 'PLACEMENT' | 'PENILAI' | 'ATASAN_PENILAI',
    field: string,
  ) {
    const what = {
      PLACEMENT: {
        en: 'You have no placement in the org chart today',
        id: 'Anda belum memiliki penempatan jabatan pada struktur organisasi hari ini',
      },
      PENILAI: {
        en: 'Your placement names no direct superior (pejabat penilai)',
        id: 'Penempatan Anda belum mencantumkan atasan langsung (pejabat penilai)',
      },
      ATASAN_PENILAI: {
        en: "Your superior's placement names no superior (atasan pejabat penilai)",
        id: 'Penempatan atasan Anda belum mencantumkan atasannya (atasan pejabat penilai)',
      },
    }[missing];
    super(
      {
        en: `${what.en}; the SKP takes its unit, position, penilai and atasan penilai from it. Ask the agency HR unit to record it.`,
        id: `${what.id}; unit, jabatan, pejabat penilai dan atasan pejabat penilai SKP diambil dari sana. Mintalah unit kepegawaian instansi mencatatnya.`,
      },
      { status: 409, field },
    );
  }
}

/** The pegawai named a unit, position, penilai or atasan that is not the org chart's. */
export class SkpAssignmentMismatchError extends DomainError {
  readonly code = 'SKP_ASSIGNMENT_NOT_FROM_ORG_CHART';
  constructor(override readonly fieldErrors: readonly FieldError[]) {
    super(
      {
        en: fieldErrors.map((e) => e.message.en).join(' '),
        id: fieldErrors.map((e) => e.message.id).join(' '),
      },
      { status: 422, field: fieldErrors[0]?.field },
    );
  }
}

/**
 * The SKP's unit, position, penilai and atasan penilai, from the org chart. A value the pegawai
 * sent must be the chart's (a pegawai cannot pick who rates them or who decides their objection).
 */
export function assignSkp(chart: ChartView, claim: SkpAssignmentClaim): SkpAssignment {
  if (!chart.line) throw new SkpNotInOrgChartError('PLACEMENT', 'position');
  if (!chart.penilaiId) throw new SkpNotInOrgChartError('PENILAI', 'penilaiId');
  if (!chart.atasanPenilaiId || chart.atasanPenilaiId === chart.penilaiId) {
    throw new SkpNotInOrgChartError('ATASAN_PENILAI', 'atasanPenilaiId');
  }
  const assignment: SkpAssignment = {
    unitId: chart.line.unitId,
    position: { ...chart.line.position },
    penilaiId: chart.penilaiId,
    atasanPenilaiId: chart.atasanPenilaiId,
  };
  const errors: FieldError[] = [];
  const differs = (field: string, sent: string | undefined, chartValue: string) => {
    if (sent !== undefined && sent !== chartValue) {
      errors.push({
        field,
        message: {
          en: `${field} comes from the org chart (${chartValue}); leave it out.`,
          id: `${field} diambil dari struktur organisasi (${chartValue}); tidak perlu diisi.`,
        },
      });
    }
  };
  differs('unitId', claim.unitId, assignment.unitId);
  differs('position.id', claim.position?.id, assignment.position.id);
  differs('penilaiId', claim.penilaiId, assignment.penilaiId);
  differs('atasanPenilaiId', claim.atasanPenilaiId, assignment.atasanPenilaiId);
  if (errors.length > 0) throw new SkpAssignmentMismatchError(errors);
  return assignment;
}
