import type { Principal } from './principal';
import { hasAnyRole, type Role } from './roles';

/**
 * One placement of the org chart as career planning publishes it (`employee-placed`): who holds a
 * post in which agency from when to when, and their direct superior (atasan langsung).
 */
export interface ReportingLine {
  readonly placementId: string;
  readonly revision: number;
  readonly employeeId: string;
  readonly agencyId: string;
  readonly unitId: string;
  readonly position: { readonly id: string; readonly name: string; readonly group: string };
  readonly superiorEmployeeId: string | null;
  /** First day, inclusive (`YYYY-MM-DD`). */
  readonly validFrom: string;
  /** Last day, inclusive; null while it lasts. */
  readonly validTo: string | null;
  /** PNS or PPPK when the placement records it; absent or null: read as PNS. */
  readonly employmentType?: 'PNS' | 'PPPK' | null;
}

/**
 * What a service knows of the org chart: the placement an employee holds in an agency on a day.
 * Each service keeps its own copy from the events (never by asking career planning).
 */
export interface OrgChart {
  placementOn(agencyId: string, employeeId: string, day: string): Promise<ReportingLine | null>;
}

/** How the caller stands to the person whose data they reach, by today's org chart. */
export type Relationship = 'SELF' | 'SUPERIOR' | 'ATASAN_PENILAI' | 'NONE';

/** Today in the platform's calendar (WIB): placements are dated as in the SK, not in UTC. */
export function todayInJakarta(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * The placement in force on `day` among one person's placements: the latest revision of each
 * placement counts, and of the placements covering the day the one that began last wins (a new
 * post recorded before the old one was ended).
 */
export function placementOn(lines: readonly ReportingLine[], day: string): ReportingLine | null {
  const latest = new Map<string, ReportingLine>();
  for (const line of lines) {
    const seen = latest.get(line.placementId);
    if (!seen || seen.revision < line.revision) latest.set(line.placementId, line);
  }
  let found: ReportingLine | null = null;
  for (const line of latest.values()) {
    if (line.validFrom > day || (line.validTo !== null && line.validTo < day)) continue;
    if (!found || line.validFrom > found.validFrom) found = line;
  }
  return found;
}

/**
 * The direct superior and the superior's superior of an employee on a day, inside one agency
 * (a superior is only ever read from the employee's own agency). The atasan penilai is never the
 * penilai: a chart that loops back yields no atasan.
 */
export async function superiorsOf(
  chart: OrgChart,
  agencyId: string,
  employeeId: string,
  day: string = todayInJakarta(),
): Promise<{
  line: ReportingLine | null;
  penilaiId: string | null;
  atasanPenilaiId: string | null;
}> {
  const line = await chart.placementOn(agencyId, employeeId, day);
  const penilaiId = line?.superiorEmployeeId ?? null;
  if (!penilaiId || penilaiId === employeeId)
    return { line, penilaiId: null, atasanPenilaiId: null };
  const above = await chart.placementOn(agencyId, penilaiId, day);
  const atasan = above?.superiorEmployeeId ?? null;
  const atasanPenilaiId = atasan && atasan !== penilaiId && atasan !== employeeId ? atasan : null;
  return { line, penilaiId, atasanPenilaiId };
}

/**
 * How the caller stands to `employeeId` by today's org chart in the caller's own agency: the
 * person, their direct superior, their superior's superior, or nobody.
 */
export async function relationshipOf(
  chart: OrgChart,
  principal: Principal,
  employeeId: string,
  day: string = todayInJakarta(),
): Promise<Relationship> {
  const me = principal.employeeId;
  if (me === undefined) return 'NONE';
  if (me === employeeId) return 'SELF';
  const { penilaiId, atasanPenilaiId } = await superiorsOf(
    chart,
    principal.agencyId,
    employeeId,
    day,
  );
  if (penilaiId === me) return 'SUPERIOR';
  if (atasanPenilaiId === me) return 'ATASAN_PENILAI';
  return 'NONE';
}

/**
 * Whether the caller's role is backed by the relationship: PENILAI counts for the direct
 * superior, ATASAN_PENILAI for the superior's superior. The role alone never reaches a colleague.
 */
export function actsAsSuperior(principal: Principal, relationship: Relationship): boolean {
  const wanted: Role[] =
    relationship === 'SUPERIOR'
      ? ['PENILAI']
      : relationship === 'ATASAN_PENILAI'
        ? ['ATASAN_PENILAI']
        : [];
  return hasAnyRole(principal.roles, wanted);
}

/**
 * Convenience for read checks: true when the caller is a superior of `employeeId` (PENILAI as
 * direct superior, ATASAN_PENILAI one level up). SELF and admins are each service's own rule.
 */
export async function isSuperiorOf(
  chart: OrgChart,
  principal: Principal,
  employeeId: string,
  day?: string,
): Promise<boolean> {
  if (!hasAnyRole(principal.roles, ['PENILAI', 'ATASAN_PENILAI'])) return false;
  return actsAsSuperior(principal, await relationshipOf(chart, principal, employeeId, day));
}

/** An org chart held in memory (a list of placements): for tests and for one-off checks. */
export function orgChartOf(lines: readonly ReportingLine[]): OrgChart {
  return {
    placementOn: (agencyId, employeeId, day) =>
      Promise.resolve(
        placementOn(
          lines.filter((l) => l.agencyId === agencyId && l.employeeId === employeeId),
          day,
        ),
      ),
  };
}
