import type { BilingualText } from '@jenjang/domain-kernel';
import {
  curveViolations,
  emptyCounts,
  limitCount,
  type CurveBound,
  type OrganisationPredikat,
  type PredikatCounts,
  type PredikatCurve,
} from '../../agency/domain/curve';
import type { AppraisalStatus } from '../../appraisal/domain/appraisal';
import { PREDIKATS, type Predikat } from '../../shared/domain/rating';
import { organisationPredikatLabel, predikatLabel } from './labels';

/** What the report reads of one appraisal: no personal data, no content. */
export interface AppraisalCountRow {
  readonly unitId: string;
  readonly employeeId: string;
  readonly version: number;
  readonly status: AppraisalStatus;
  readonly predikat: Predikat | null;
}

export interface UnitTally {
  readonly unitId: string;
  /** Staff appraised in the unit for the period (latest version each), with a predikat or not. */
  readonly unitSize: number;
  readonly counts: PredikatCounts;
}

// Statuses in which the predikat is set; a DINILAI correction still carries its old predikat
// but is being re-rated, so it does not count until it is set again.
const WITH_PREDIKAT: ReadonlySet<AppraisalStatus> = new Set([
  'PREDIKAT_DITETAPKAN',
  'KEBERATAN',
  'FINAL',
]);

/**
 * Per unit, the newest correction version of each employee's appraisal of one period, counted by
 * predikat. An employee counts in the unit of their newest version (a correction keeps the unit).
 */
export function tallyByUnit(rows: readonly AppraisalCountRow[]): UnitTally[] {
  const latest = new Map<string, AppraisalCountRow>();
  for (const row of rows) {
    const seen = latest.get(row.employeeId);
    if (!seen || seen.version < row.version) latest.set(row.employeeId, row);
  }
  const units = new Map<string, { unitSize: number; counts: Record<Predikat, number> }>();
  for (const row of latest.values()) {
    const unit = units.get(row.unitId) ?? { unitSize: 0, counts: emptyCounts() };
    unit.unitSize += 1;
    if (row.predikat && WITH_PREDIKAT.has(row.status)) unit.counts[row.predikat] += 1;
    units.set(row.unitId, unit);
  }
  return [...units.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([unitId, { unitSize, counts }]) => ({ unitId, unitSize, counts }));
}

export interface PredikatShare {
  readonly predikat: Predikat;
  readonly label: BilingualText;
  readonly count: number;
  /** count / unitSize, 0..1; 0 for an empty unit. */
  readonly share: number;
}

export interface BoundView {
  readonly predikat: Predikat;
  readonly label: BilingualText;
  readonly bound: CurveBound;
  /** The configured share, 0..1. */
  readonly share: number;
  /** Whole people the share allows (MAX) or requires (MIN) in this unit. */
  readonly limitCount: number;
}

export interface BrokenBound extends BoundView {
  /** Staff holding the predikat now (MAX), or the most who still could (MIN). */
  readonly count: number;
  readonly message: BilingualText;
}

/** OK, VIOLATED, or NO_ORGANISATION_PREDIKAT when the unit has none for the year (no bounds). */
export type CurveStatus = 'OK' | 'VIOLATED' | 'NO_ORGANISATION_PREDIKAT';

export interface UnitDistribution {
  readonly unitId: string;
  readonly unitSize: number;
  readonly withPredikat: number;
  readonly distribution: PredikatShare[];
  readonly organisationPredikat: OrganisationPredikat | null;
  readonly organisationPredikatLabel: BilingualText | null;
  readonly curveStatus: CurveStatus;
  readonly bounds: BoundView[];
  readonly violations: BrokenBound[];
}

const ratio = (count: number, of: number): number => (of === 0 ? 0 : count / of);
const percent = (share: number, decimal: '.' | ','): string =>
  `${String(Math.round(share * 1000) / 10).replace('.', decimal)}%`;

/** The unit's distribution against the bounds its organisation predikat puts on it. */
export function unitDistribution(
  tally: UnitTally,
  curve: PredikatCurve,
  organisationPredikat: OrganisationPredikat | null,
): UnitDistribution {
  const { unitId, unitSize, counts } = tally;
  const withPredikat = PREDIKATS.reduce((sum, p) => sum + counts[p], 0);
  const distribution = PREDIKATS.map((predikat) => ({
    predikat,
    label: predikatLabel(predikat),
    count: counts[predikat],
    share: ratio(counts[predikat], unitSize),
  }));
  if (!organisationPredikat) {
    return {
      unitId,
      unitSize,
      withPredikat,
      distribution,
      organisationPredikat: null,
      organisationPredikatLabel: null,
      curveStatus: 'NO_ORGANISATION_PREDIKAT',
      bounds: [],
      violations: [],
    };
  }
  const bounds = boundsFor(curve, organisationPredikat, unitSize);
  const violations = curveViolations(curve, organisationPredikat, counts, unitSize).map((v) => {
    const count = v.bound === 'MAX' ? v.countAfter : v.countAfter + (v.unitSize - v.totalAfter);
    const view: BoundView = {
      predikat: v.predikat,
      label: predikatLabel(v.predikat),
      bound: v.bound,
      share: v.limit,
      limitCount: v.limitCount,
    };
    return { ...view, count, message: describe(view, count, unitSize, organisationPredikat) };
  });
  return {
    unitId,
    unitSize,
    withPredikat,
    distribution,
    organisationPredikat,
    organisationPredikatLabel: organisationPredikatLabel(organisationPredikat),
    curveStatus: violations.length > 0 ? 'VIOLATED' : 'OK',
    bounds,
    violations,
  };
}

function boundsFor(
  curve: PredikatCurve,
  organisationPredikat: OrganisationPredikat,
  unitSize: number,
): BoundView[] {
  const bounds = curve[organisationPredikat] ?? {};
  return PREDIKATS.flatMap((predikat) => {
    const { maxShare, minShare } = bounds[predikat] ?? {};
    const made: [CurveBound, number | undefined][] = [
      ['MAX', maxShare],
      ['MIN', minShare],
    ];
    return made
      .filter((m): m is [CurveBound, number] => m[1] !== undefined)
      .map(([bound, share]) => ({
        predikat,
        label: predikatLabel(predikat),
        bound,
        share,
        limitCount: limitCount(bound, share, unitSize),
      }));
  });
}

function describe(
  b: BoundView,
  count: number,
  unitSize: number,
  org: OrganisationPredikat,
): BilingualText {
  const orgLabel = organisationPredikatLabel(org);
  const now = ratio(count, unitSize);
  if (b.bound === 'MAX') {
    return {
      en: `Organisation predikat ${orgLabel.id} allows at most ${percent(b.share, '.')} ${b.label.id} (${b.limitCount} of ${unitSize} staff); the unit has ${count} (${percent(now, '.')}).`,
      id: `Predikat organisasi ${orgLabel.id}: paling banyak ${percent(b.share, ',')} ${b.label.id} (${b.limitCount} dari ${unitSize} pegawai); unit ini memiliki ${count} (${percent(now, ',')}).`,
    };
  }
  return {
    en: `Organisation predikat ${orgLabel.id} requires at least ${percent(b.share, '.')} ${b.label.id} (${b.limitCount} of ${unitSize} staff); the unit can reach at most ${count} (${percent(now, '.')}).`,
    id: `Predikat organisasi ${orgLabel.id}: paling sedikit ${percent(b.share, ',')} ${b.label.id} (${b.limitCount} dari ${unitSize} pegawai); unit ini paling banyak hanya dapat mencapai ${count} (${percent(now, ',')}).`,
  };
}
