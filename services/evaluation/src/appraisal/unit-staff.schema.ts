import { Schema } from 'mongoose';
import { tenantGuardPlugin } from '@jenjang/persistence';
import type { StaffEntry } from './domain/unit-staff';
import type { Period } from './domain/period';

export const UNIT_STAFF_COLLECTION = 'appraisal_unit_staff';

export interface StoredStaffEntry extends StaffEntry {
  employeeId: string;
}

/**
 * The staff of one unit for one period as its curve sees them (issue 12): the newest appraisal
 * of each person and the predikat it counts with, read by `_id` when a predikat is set instead
 * of scanning the unit's appraisals. Derived from the appraisals: missing or `complete: false`,
 * it is (re)built from them; `seq` guards every change, so two predikat set at once cannot both
 * pass a bound.
 */
export interface UnitStaffDoc {
  _id: string;
  agencyId: string;
  unitId: string;
  period: Pick<Period, 'kind' | 'year' | 'index'>;
  /** false until the appraisals written before this document existed are merged in. */
  complete: boolean;
  seq: number;
  /** By staffField(employeeId). */
  staff: Record<string, StoredStaffEntry>;
}

export const UnitStaffSchema = new Schema<UnitStaffDoc>(
  {
    _id: { type: String, required: true },
    agencyId: { type: String, required: true },
    unitId: { type: String, required: true },
    period: { type: Schema.Types.Mixed, required: true },
    complete: { type: Boolean, required: true },
    seq: { type: Number, required: true },
    staff: { type: Schema.Types.Mixed, default: {} },
  },
  { collection: UNIT_STAFF_COLLECTION, versionKey: false, minimize: false },
);
UnitStaffSchema.plugin(tenantGuardPlugin);

const part = (value: string | number | null) => encodeURIComponent(String(value));

/** The document of a unit and period, by `_id`. */
export function unitStaffKey(
  agencyId: string,
  unitId: string,
  period: Pick<Period, 'kind' | 'year' | 'index'>,
): string {
  return [agencyId, unitId, period.kind, period.year, period.index].map(part).join(':');
}

/** A field name for an employee id: no `.` and no leading `$`, one to one. */
export function staffField(employeeId: string): string {
  return encodeURIComponent(employeeId).replace(/\./g, '%2E');
}
