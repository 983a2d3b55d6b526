// Report arithmetic, pure: the service feeds it plain records.

export interface BoxRecord {
  unitId: string | null;
  box: number | null;
}

export interface UnitDistribution {
  unitId: string;
  total: number;
  /** People per box 1–9 (index 0 = box 1). */
  boxes: number[];
  /** People not yet placed (kinerja or potensi missing). */
  unplaced: number;
}

export function nineBoxDistribution(records: readonly BoxRecord[]): UnitDistribution[] {
  const units = new Map<string, UnitDistribution>();
  for (const r of records) {
    const unitId = r.unitId ?? '(tanpa unit)';
    const u = units.get(unitId) ?? {
      unitId,
      total: 0,
      boxes: Array<number>(9).fill(0),
      unplaced: 0,
    };
    u.total += 1;
    if (r.box === null) u.unplaced += 1;
    else u.boxes[r.box - 1] += 1;
    units.set(unitId, u);
  }
  return [...units.values()].sort((a, b) => a.unitId.localeCompare(b.unitId));
}

export interface KeyPosition {
  positionId: string;
  name: string;
  unitId: string;
}

export interface PoolSummary {
  positionId: string;
  candidates: { status: string; level: string; eligible: boolean }[];
}

export interface Coverage {
  keyPositions: number;
  /** With at least one confirmed, still eligible candidate. */
  covered: number;
  /** With a confirmed candidate ready now. */
  readyNow: number;
  percentCovered: number;
  positions: (KeyPosition & {
    confirmed: number;
    readyNow: number;
    proposed: number;
    pool: boolean;
  })[];
}

export function successionCoverage(
  keys: readonly KeyPosition[],
  pools: readonly PoolSummary[],
): Coverage {
  const byPosition = new Map(pools.map((p) => [p.positionId, p]));
  const positions = keys.map((k) => {
    const c = byPosition.get(k.positionId)?.candidates ?? [];
    const confirmed = c.filter((x) => x.status === 'CONFIRMED' && x.eligible);
    return {
      ...k,
      pool: byPosition.has(k.positionId),
      confirmed: confirmed.length,
      readyNow: confirmed.filter((x) => x.level === 'READY_NOW').length,
      proposed: c.filter((x) => x.status === 'PROPOSED').length,
    };
  });
  const covered = positions.filter((p) => p.confirmed > 0).length;
  return {
    keyPositions: keys.length,
    covered,
    readyNow: positions.filter((p) => p.readyNow > 0).length,
    percentCovered: keys.length === 0 ? 0 : Math.round((covered / keys.length) * 1000) / 10,
    positions,
  };
}

export interface PlanRecord {
  employeeId: string;
  createdAt: Date;
  lastProgressAt: Date | null;
  steps: { status: string; endDate: string }[];
}

/**
 * Plans with no progress: no step started or finished for `days` (counting from the plan's
 * creation when none ever did), with the steps already overdue.
 */
export function stalledPlans(plans: readonly PlanRecord[], now: Date, days: number, today: string) {
  const limit = now.getTime() - days * 86_400_000;
  return plans
    .filter((p) => (p.lastProgressAt ?? p.createdAt).getTime() < limit)
    .map((p) => ({
      employeeId: p.employeeId,
      lastProgressAt: p.lastProgressAt,
      steps: p.steps.length,
      overdueSteps: p.steps.filter(
        (s) => s.endDate < today && s.status !== 'DONE' && s.status !== 'CANCELLED',
      ).length,
    }))
    .sort((a, b) => b.overdueSteps - a.overdueSteps || a.employeeId.localeCompare(b.employeeId));
}
