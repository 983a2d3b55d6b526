import { emptyCounts, type PredikatCounts } from '../../agency/domain/curve';
import type { Predikat } from '../../shared/domain/rating';
import type { AppraisalStatus } from './appraisal';

// A predikat counts on the unit's curve from the moment it is set until a correction replaces
// the appraisal (objection pending or final alike).
const WITH_PREDIKAT: ReadonlySet<AppraisalStatus> = new Set([
  'PREDIKAT_DITETAPKAN',
  'KEBERATAN',
  'FINAL',
]);

/**
 * One person's place on the unit's curve for a period: their newest appraisal (the highest
 * correction version) and the predikat it counts with. `revision` is the appraisal's revision
 * the entry reflects, so that newer news always wins whatever order it arrives in.
 */
export interface StaffEntry {
  readonly appraisalId: string;
  readonly version: number;
  readonly revision: number;
  /** The predikat it counts with; null before one is set. */
  readonly predikat: Predikat | null;
}

/** The unit's staff for one period by employee id: whom the curve judges and what they hold. */
export type UnitStaff = Readonly<Record<string, StaffEntry>>;

/** The predikat an appraisal in this state counts with on its unit's curve. */
export function countedPredikat(
  status: AppraisalStatus,
  predikat: Predikat | null,
): Predikat | null {
  return predikat && WITH_PREDIKAT.has(status) ? predikat : null;
}

/** Newer first by correction version, then by revision. */
export function isNewer(entry: StaffEntry, than: StaffEntry | undefined): boolean {
  if (!than) return true;
  if (entry.version !== than.version) return entry.version > than.version;
  return entry.revision > than.revision;
}

/** `staff` with each of `news` that is newer than what it holds; null when nothing changes. */
export function mergeStaff(
  staff: UnitStaff,
  news: Readonly<Record<string, StaffEntry>>,
): Record<string, StaffEntry> | null {
  const changed: Record<string, StaffEntry> = {};
  for (const [employeeId, entry] of Object.entries(news)) {
    if (isNewer(entry, staff[employeeId])) changed[employeeId] = entry;
  }
  return Object.keys(changed).length > 0 ? changed : null;
}

/**
 * What the curve is judged on: the staff appraised in the unit for the period (with a predikat
 * or not) and how many hold each predikat, leaving out the appraisal about to change.
 */
export function curveCounts(
  staff: UnitStaff,
  except: string,
): { appraised: number; counts: PredikatCounts } {
  const counts = emptyCounts();
  const entries = Object.values(staff);
  for (const e of entries) if (e.predikat && e.appraisalId !== except) counts[e.predikat] += 1;
  return { appraised: entries.length, counts };
}
