import {
  ORGANISATION_PREDIKAT,
  ORGANISATION_PREDIKAT_LABELS as ORGANISATION_PREDIKAT_TEXT,
  type OrganisationPredikat,
} from '@jenjang/contracts';
import { DomainError } from '@jenjang/domain-kernel';
import { PREDIKATS, PREDIKAT_LABELS, type Predikat } from '../../shared/domain/rating';

/** Predikat kinerja organisasi: the unit's own verdict, which bounds its staff predikat. */
export const ORGANISATION_PREDIKATS = ORGANISATION_PREDIKAT;
export type { OrganisationPredikat };

export const ORGANISATION_PREDIKAT_LABELS = Object.fromEntries(
  ORGANISATION_PREDIKAT.map((p) => [p, ORGANISATION_PREDIKAT_TEXT[p].id]),
) as Readonly<Record<OrganisationPredikat, string>>;

/** Shares are fractions (0.7 = 70%) of the staff appraised in the unit for the period. */
export interface ShareBound {
  readonly maxShare?: number;
  readonly minShare?: number;
}
export type CurveBounds = Readonly<Partial<Record<Predikat, ShareBound>>>;
/** The distribution curve of one agency: bounds per staff predikat for each organisation predikat. */
export type PredikatCurve = Readonly<Record<OrganisationPredikat, CurveBounds>>;

// Only two numbers here are reported (DOMAIN.md §1): Istimewa → at most 70% Sangat Baik and
// Sangat Kurang → no Sangat Baik. The regulation's full table is not at hand, so the Sangat Baik
// cap of Baik, Butuh Perbaikan and Kurang is a PLACEHOLDER: the Istimewa cap carried down, so that
// a weaker unit is never looser than an Istimewa one. No minimum shares are set. An agency must
// configure its own curve; this default only keeps a fresh agency from having no bound at all.
export const DEFAULT_CURVE: PredikatCurve = {
  ISTIMEWA: { SANGAT_BAIK: { maxShare: 0.7 } },
  BAIK: { SANGAT_BAIK: { maxShare: 0.7 } },
  BUTUH_PERBAIKAN: { SANGAT_BAIK: { maxShare: 0.7 } },
  KURANG: { SANGAT_BAIK: { maxShare: 0.7 } },
  SANGAT_KURANG: { SANGAT_BAIK: { maxShare: 0 } },
};

export type PredikatCounts = Readonly<Record<Predikat, number>>;
/** Setting one staff predikat: `add` is the new one, `remove` the one it replaces, if any. */
export interface CurveChange {
  readonly add: Predikat;
  readonly remove?: Predikat;
}
export type CurveBound = 'MAX' | 'MIN';

export interface CurveViolation {
  readonly organisationPredikat: OrganisationPredikat;
  readonly bound: CurveBound;
  readonly predikat: Predikat;
  /** The configured share (0..1). */
  readonly limit: number;
  /** The staff count the share allows (MAX) or requires (MIN) in a unit of `unitSize`. */
  readonly limitCount: number;
  readonly countAfter: number;
  /** Staff of the unit who hold a predikat after the change. */
  readonly totalAfter: number;
  /** Staff appraised in the unit for the period, with or without a predikat yet. */
  readonly unitSize: number;
  /** The counts before the change, to show what is already set. */
  readonly currentCounts: PredikatCounts;
}
export type CurveCheck =
  { readonly ok: true } | { readonly ok: false; readonly violation: CurveViolation };

// Guards the float products (0.29 × 100 = 28.999…) before rounding to whole people.
export const EPSILON = 1e-9;

export function emptyCounts(): Record<Predikat, number> {
  return { SANGAT_BAIK: 0, BAIK: 0, BUTUH_PERBAIKAN: 0, KURANG_MISCONDUCT: 0, SANGAT_KURANG: 0 };
}

/**
 * The unit size a curve is judged against: its headcount by the org chart (placements) on the
 * period's last day, or today while the period runs; never fewer than the people appraised in
 * the unit for the period (someone placed elsewhere since still counts where they were
 * appraised). Without a known chart (headcount null or 0) the appraisals are all there is.
 */
export function curveUnitSize(headcount: number | null, appraised: number): number {
  return Math.max(headcount ?? 0, appraised);
}

/** The day a unit's headcount is taken for a period: its last day, or today while it runs. */
export function headcountDay(periodEndDate: string, today: string): string {
  return periodEndDate < today ? periodEndDate : today;
}

// Whole people: a max share rounds down, a min share rounds up. With 3 staff and 70%, 2 may be
// Sangat Baik (66.7%); with 1 staff, none may (1 of 1 is 100%). Shares are judged against the
// unit's headcount, not the predikat set so far, or the first Sangat Baik would be 1 of 1 = 100%.
export function limitCount(bound: CurveBound, share: number, unitSize: number): number {
  return bound === 'MAX'
    ? Math.floor(share * unitSize + EPSILON)
    : Math.ceil(share * unitSize - EPSILON);
}

/**
 * Checks one staff predikat against the unit's curve. A change is refused only when it leaves a
 * bound broken and makes it worse: a unit already off its curve (its organisation predikat changed
 * later) can still be brought back. A minimum is checked as still reachable by the staff not yet
 * rated, since predikat are set one by one.
 */
export function checkCurve(
  curve: PredikatCurve,
  organisationPredikat: OrganisationPredikat,
  currentCounts: PredikatCounts,
  change: CurveChange,
  unitSize: number,
): CurveCheck {
  const countsAfter = applyChange(currentCounts, change);
  const totalAfter = total(countsAfter);
  assertUnitSize(unitSize, Math.max(total(currentCounts), totalAfter));
  if (change.add === change.remove) return { ok: true };
  for (const [predikat, bound, share] of boundsOf(curve, organisationPredikat)) {
    const needed = limitCount(bound, share, unitSize);
    const before = slack(bound, needed, currentCounts[predikat], total(currentCounts), unitSize);
    const after = slack(bound, needed, countsAfter[predikat], totalAfter, unitSize);
    if (after < 0 && after < before) {
      return {
        ok: false,
        violation: {
          organisationPredikat,
          bound,
          predikat,
          limit: share,
          limitCount: needed,
          countAfter: countsAfter[predikat],
          totalAfter,
          unitSize,
          currentCounts,
        },
      };
    }
  }
  return { ok: true };
}

/** Every bound the unit breaks as it stands (for reports of the distribution against the curve). */
export function curveViolations(
  curve: PredikatCurve,
  organisationPredikat: OrganisationPredikat,
  counts: PredikatCounts,
  unitSize: number,
): CurveViolation[] {
  const assigned = total(counts);
  assertUnitSize(unitSize, assigned);
  return boundsOf(curve, organisationPredikat)
    .map(([predikat, bound, share]) => ({
      predikat,
      bound,
      share,
      needed: limitCount(bound, share, unitSize),
    }))
    .filter(
      ({ predikat, bound, needed }) =>
        slack(bound, needed, counts[predikat], assigned, unitSize) < 0,
    )
    .map(({ predikat, bound, share, needed }) => ({
      organisationPredikat,
      bound,
      predikat,
      limit: share,
      limitCount: needed,
      countAfter: counts[predikat],
      totalAfter: assigned,
      unitSize,
      currentCounts: counts,
    }));
}

/** One bound of the unit's curve, with the staff count it allows or requires. */
export interface CurveBoundView {
  readonly predikat: Predikat;
  readonly bound: CurveBound;
  readonly share: number;
  readonly limitCount: number;
}

/** The bounds the organisation predikat sets, in staff counts for a unit of `unitSize`. */
export function curveBounds(
  curve: PredikatCurve,
  organisationPredikat: OrganisationPredikat,
  unitSize: number,
): CurveBoundView[] {
  return boundsOf(curve, organisationPredikat).map(([predikat, bound, share]) => ({
    predikat,
    bound,
    share,
    limitCount: limitCount(bound, share, unitSize),
  }));
}

/**
 * What setting each staff predikat next would do to the unit (`currentCounts` without the
 * appraisal about to change): allowed, or the bound it would break, by the same rule as the check
 * at SET_PREDIKAT. Lets a penilai see the curve while choosing the ratings.
 */
export function curveOutlook(
  curve: PredikatCurve,
  organisationPredikat: OrganisationPredikat,
  currentCounts: PredikatCounts,
  unitSize: number,
): { readonly predikat: Predikat; readonly check: CurveCheck }[] {
  return PREDIKATS.map((predikat) => ({
    predikat,
    check: checkCurve(curve, organisationPredikat, currentCounts, { add: predikat }, unitSize),
  }));
}

export class CurveViolationError extends DomainError {
  readonly code = 'CURVE_VIOLATION';
  constructor(readonly violation: CurveViolation) {
    super(describeViolation(violation), { status: 409, field: 'predikat' });
  }
}

function boundsOf(
  curve: PredikatCurve,
  org: OrganisationPredikat,
): [Predikat, CurveBound, number][] {
  const bounds = (curve[org] as CurveBounds | undefined) ?? {};
  return PREDIKATS.flatMap((predikat): [Predikat, CurveBound, number][] => {
    const { maxShare, minShare } = bounds[predikat] ?? {};
    return [
      ...(maxShare === undefined
        ? []
        : [[predikat, 'MAX', maxShare] as [Predikat, CurveBound, number]]),
      ...(minShare === undefined
        ? []
        : [[predikat, 'MIN', minShare] as [Predikat, CurveBound, number]]),
    ];
  });
}

// How many people a bound still has to spare; negative when broken. A minimum counts the staff
// without a predikat yet as possible holders of it.
function slack(
  bound: CurveBound,
  needed: number,
  count: number,
  assigned: number,
  unitSize: number,
) {
  return bound === 'MAX' ? needed - count : count + (unitSize - assigned) - needed;
}

function applyChange(counts: PredikatCounts, change: CurveChange): Record<Predikat, number> {
  for (const predikat of PREDIKATS) {
    const n = counts[predikat];
    if (!Number.isInteger(n) || n < 0)
      throw new RangeError(`count of ${predikat} must be a whole number ≥ 0`);
  }
  const after = { ...counts };
  after[change.add] += 1;
  if (change.remove !== undefined) {
    if (counts[change.remove] === 0) throw new RangeError(`no ${change.remove} to replace`);
    after[change.remove] -= 1;
  }
  return after;
}

function total(counts: PredikatCounts): number {
  return PREDIKATS.reduce((sum, predikat) => sum + counts[predikat], 0);
}

function assertUnitSize(unitSize: number, assigned: number): void {
  if (!Number.isInteger(unitSize) || unitSize < assigned) {
    throw new RangeError(`unit size ${unitSize} must be a whole number ≥ ${assigned}`);
  }
}

function percent(share: number, decimal: '.' | ','): string {
  const rounded = Math.round(share * 1000) / 10;
  return `${String(rounded).replace('.', decimal)}%`;
}

function describeViolation(v: CurveViolation): { en: string; id: string } {
  const org = ORGANISATION_PREDIKAT_LABELS[v.organisationPredikat];
  const label = PREDIKAT_LABELS[v.predikat];
  const current = PREDIKATS.filter((p) => v.currentCounts[p] > 0)
    .map((p) => `${PREDIKAT_LABELS[p]} ${v.currentCounts[p]}`)
    .join(', ');
  const assigned = total(v.currentCounts);
  const n = v.unitSize;
  // For a minimum the best reachable count matters: what is set plus everyone still unrated.
  const shown = v.bound === 'MAX' ? v.countAfter : v.countAfter + (n - v.totalAfter);
  const share = n === 0 ? 0 : shown / n;
  const countsEn = `Set so far: ${current || 'none'} (${assigned} of ${n} staff).`;
  const countsId = `Yang sudah ditetapkan: ${current || 'belum ada'} (${assigned} dari ${n} pegawai).`;
  if (v.bound === 'MAX') {
    return {
      en: `Organisation predikat ${org} allows at most ${percent(v.limit, '.')} ${label} (${v.limitCount} of ${n} staff in the unit); with this determination it would be ${shown} of ${n} (${percent(share, '.')}). ${countsEn}`,
      id: `Predikat organisasi ${org}: paling banyak ${percent(v.limit, ',')} ${label} (${v.limitCount} dari ${n} pegawai unit); dengan penetapan ini menjadi ${shown} dari ${n} (${percent(share, ',')}). ${countsId}`,
    };
  }
  return {
    en: `Organisation predikat ${org} requires at least ${percent(v.limit, '.')} ${label} (${v.limitCount} of ${n} staff in the unit); with this determination ${label} could reach at most ${shown} of ${n} (${percent(share, '.')}). ${countsEn}`,
    id: `Predikat organisasi ${org}: paling sedikit ${percent(v.limit, ',')} ${label} (${v.limitCount} dari ${n} pegawai unit); dengan penetapan ini ${label} paling banyak hanya dapat mencapai ${shown} dari ${n} (${percent(share, ',')}). ${countsId}`,
  };
}
