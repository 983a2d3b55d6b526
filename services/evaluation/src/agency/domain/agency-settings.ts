import { PERIOD_KINDS, type PeriodKind } from '@jenjang/contracts';
import { DomainError } from '@jenjang/domain-kernel';
import type { FieldError } from '../../shared/domain/field-error';
import {
  DEFAULT_CURVE,
  ORGANISATION_PREDIKATS,
  type CurveBounds,
  type OrganisationPredikat,
  type PredikatCurve,
} from './curve';
import { validateCurve } from './curve-validation';
import { PREDIKATS } from '../../shared/domain/rating';

export type { PeriodKind };

/** The annual appraisal: always held, it is the one that feeds talent management. */
export const ANNUAL_PERIOD_KIND: PeriodKind = 'TAHUNAN';
/** The periodic kinds an agency chooses from (PermenPANRB 6/2022: monthly, quarterly, semester). */
export const PERIODIC_KINDS = PERIOD_KINDS.filter((k) => k !== ANNUAL_PERIOD_KIND);

/** Keberatan (objection) window bounds, in calendar days after the predikat is set. */
export const OBJECTION_WINDOW_MIN_DAYS = 1;
export const OBJECTION_WINDOW_MAX_DAYS = 60;

// DEFAULTS THE AGENCY SHOULD CONFIRM. The regulation leaves the periodic kind to the agency and
// the objection window is not settled (DOMAIN.md §1); these keep an agency that has configured
// nothing working: quarterly appraisals and a 14-day window. The API answers `configured: false`
// until the agency saves its own settings, so its HR unit can be asked to confirm them.
export const DEFAULT_PERIODIC_KINDS: readonly PeriodKind[] = ['TRIWULANAN'];
export const DEFAULT_OBJECTION_WINDOW_DAYS = 14;

/** What an agency configures for the evaluation of its staff. */
export interface AgencySettingsValues {
  /** The periodic kinds in use plus `TAHUNAN`, in the order of PERIOD_KINDS. */
  readonly periodKinds: readonly PeriodKind[];
  readonly objectionWindowDays: number;
  readonly curve: PredikatCurve;
}

export const DEFAULT_SETTINGS: AgencySettingsValues = {
  periodKinds: withAnnual(DEFAULT_PERIODIC_KINDS),
  objectionWindowDays: DEFAULT_OBJECTION_WINDOW_DAYS,
  curve: DEFAULT_CURVE,
};

/** The kinds in PERIOD_KINDS order, duplicates dropped, `TAHUNAN` added. */
export function withAnnual(kinds: readonly PeriodKind[]): PeriodKind[] {
  const wanted = new Set<PeriodKind>([...kinds, ANNUAL_PERIOD_KIND]);
  return PERIOD_KINDS.filter((k) => wanted.has(k));
}

/**
 * Field errors of settings an agency submits (all of them, so that one answer lists every
 * mistake); empty when they can be saved.
 */
export function validateSettings(values: AgencySettingsValues): FieldError[] {
  const errors: FieldError[] = [];
  if (!values.periodKinds.some((k) => k !== ANNUAL_PERIOD_KIND)) {
    errors.push({
      field: 'periodKinds',
      message: {
        en: `periodKinds needs at least one periodic kind (${PERIODIC_KINDS.join(', ')}) besides TAHUNAN.`,
        id: `periodKinds memerlukan paling sedikit satu jenis periode berkala (${PERIODIC_KINDS.join(', ')}) selain TAHUNAN.`,
      },
    });
  }
  const days = values.objectionWindowDays;
  if (
    !Number.isInteger(days) ||
    days < OBJECTION_WINDOW_MIN_DAYS ||
    days > OBJECTION_WINDOW_MAX_DAYS
  ) {
    errors.push({
      field: 'objectionWindowDays',
      message: {
        en: `objectionWindowDays must be a whole number of days from ${OBJECTION_WINDOW_MIN_DAYS} to ${OBJECTION_WINDOW_MAX_DAYS}.`,
        id: `objectionWindowDays harus bilangan bulat hari dari ${OBJECTION_WINDOW_MIN_DAYS} sampai ${OBJECTION_WINDOW_MAX_DAYS}.`,
      },
    });
  }
  return [...errors, ...validateCurve(values.curve, 'curve')];
}

/** A curve as submitted: an organisation predikat may be missing (validateCurve names it). */
export type CurveInput = Readonly<Partial<Record<OrganisationPredikat, CurveBounds>>>;

/**
 * A copy of the curve with only the known organisation predikat, predikat and bounds, in a
 * fixed order (so that two equal curves compare equal). Validate the result: a missing
 * organisation predikat stays missing.
 */
export function cleanCurve(curve: CurveInput): PredikatCurve {
  const copy: Record<string, Record<string, { maxShare?: number; minShare?: number }>> = {};
  for (const org of ORGANISATION_PREDIKATS) {
    const bounds = curve[org];
    if (bounds === undefined) continue;
    copy[org] = {};
    for (const predikat of PREDIKATS) {
      const bound = bounds[predikat];
      if (bound === undefined) continue;
      copy[org][predikat] = {
        ...(bound.maxShare === undefined ? {} : { maxShare: bound.maxShare }),
        ...(bound.minShare === undefined ? {} : { minShare: bound.minShare }),
      };
    }
  }
  return copy as PredikatCurve;
}

export class InvalidAgencySettingsError extends DomainError {
  readonly code = 'AGENCY_SETTINGS_INVALID';
  constructor(override readonly fieldErrors: readonly FieldError[]) {
    super(
      {
        en: `The evaluation settings have ${fieldErrors.length} invalid field(s).`,
        id: `Pengaturan penilaian kinerja memiliki ${fieldErrors.length} isian yang tidak valid.`,
      },
      { status: 422, field: fieldErrors[0]?.field },
    );
  }
}

export function assertValidSettings(values: AgencySettingsValues): void {
  const errors = validateSettings(values);
  if (errors.length > 0) throw new InvalidAgencySettingsError(errors);
}

export interface SettingsChange {
  readonly before: Partial<AgencySettingsValues>;
  readonly after: Partial<AgencySettingsValues>;
}

/** The fields that differ, for the audit trail; null when nothing does. */
export function settingsChange(
  before: AgencySettingsValues,
  after: AgencySettingsValues,
): SettingsChange | null {
  const was: Record<string, unknown> = {};
  const now: Record<string, unknown> = {};
  for (const key of ['periodKinds', 'objectionWindowDays', 'curve'] as const) {
    if (canonical(before, key) !== canonical(after, key)) {
      was[key] = before[key];
      now[key] = after[key];
    }
  }
  return Object.keys(now).length === 0 ? null : { before: was, after: now };
}

function canonical(values: AgencySettingsValues, key: keyof AgencySettingsValues): string {
  switch (key) {
    case 'periodKinds':
      return JSON.stringify(withAnnual(values.periodKinds));
    case 'objectionWindowDays':
      return JSON.stringify(values.objectionWindowDays);
    case 'curve':
      return JSON.stringify(cleanCurve(values.curve));
  }
}
