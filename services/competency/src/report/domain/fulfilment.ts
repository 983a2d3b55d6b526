import type { CompetencyLevel } from '../../dictionary/domain/competency';
import { gapAnalysis, jobPersonMatch, type CompetencyGap } from '../../profile/domain/gap-analysis';
import { DEFAULT_JPM_CONFIG, type JpmConfig } from '../../settings/domain/assessment-policy';
import type { Requirement } from '../../standard/domain/position-standard';

/** One employee as the reports see them: where they sit and their current levels. */
export interface ReportPerson {
  readonly employeeId: string;
  readonly unitId: string | null;
  readonly positionId: string | null;
  readonly current: ReadonlyMap<string, { readonly level: CompetencyLevel }>;
}

export interface FulfilmentRow {
  readonly key: string;
  /** Employees counted in this row (with a known position). */
  readonly employees: number;
  /** Of those, whose position has a standard (the rest cannot be measured). */
  readonly withStandard: number;
  /** Employees meeting every requirement of their standard. */
  readonly meetingStandard: number;
  readonly requirementsMet: number;
  readonly requirementsTotal: number;
  /** requirementsMet ÷ requirementsTotal × 100, 2 decimals; `null` when nothing is measured. */
  readonly fulfilmentRate: number | null;
  /** Mean JPM (JPM-MIN-CAPPED-v1) of the employees with a standard; `null` when none. */
  readonly averageJpm: number | null;
}

export interface CommonGap {
  readonly competencyCode: string;
  /** Employees short of their held position's requirement (not assessed counts as 0). */
  readonly employeesShort: number;
  /** Of those, never assessed in it. */
  readonly notAssessed: number;
  /** Mean shortfall of the employees short, 2 decimals. */
  readonly averageGap: number;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

function gapsOf(
  person: ReportPerson,
  standards: ReadonlyMap<string, readonly Requirement[]>,
): CompetencyGap[] | null {
  const requirements = person.positionId ? standards.get(person.positionId) : undefined;
  return requirements ? gapAnalysis({ requirements }, person.current) : null;
}

/**
 * Fulfilment per group (unit or position): the share of required competency levels met, over
 * every employee of the group whose position has a standard, and how many meet all of them.
 */
export function fulfilmentBy(
  people: readonly ReportPerson[],
  standards: ReadonlyMap<string, readonly Requirement[]>,
  groupOf: (p: ReportPerson) => string | null,
  jpmConfig: JpmConfig = DEFAULT_JPM_CONFIG,
): FulfilmentRow[] {
  const rows = new Map<string, { employees: number; gaps: CompetencyGap[][] }>();
  for (const person of people) {
    const key = groupOf(person);
    if (key === null || person.positionId === null) continue;
    const row = rows.get(key) ?? { employees: 0, gaps: [] };
    row.employees += 1;
    const gaps = gapsOf(person, standards);
    if (gaps) row.gaps.push(gaps);
    rows.set(key, row);
  }
  return [...rows]
    .map(([key, { employees, gaps }]): FulfilmentRow => {
      const all = gaps.flat();
      const met = all.filter((g) => g.gap === 0).length;
      const jpms = gaps.map((g) => jobPersonMatch(g, jpmConfig).percent ?? 0);
      return {
        key,
        employees,
        withStandard: gaps.length,
        meetingStandard: gaps.filter((g) => g.every((x) => x.gap === 0)).length,
        requirementsMet: met,
        requirementsTotal: all.length,
        fulfilmentRate: all.length ? round2((met / all.length) * 100) : null,
        averageJpm: jpms.length ? round2(jpms.reduce((a, b) => a + b, 0) / jpms.length) : null,
      };
    })
    .sort((a, b) => a.key.localeCompare(b.key));
}

/** The competencies most employees fall short in (held positions), most common first. */
export function commonGaps(
  people: readonly ReportPerson[],
  standards: ReadonlyMap<string, readonly Requirement[]>,
  limit = 10,
): CommonGap[] {
  const byCode = new Map<string, { short: number; notAssessed: number; total: number }>();
  for (const person of people) {
    for (const g of gapsOf(person, standards) ?? []) {
      if (g.gap === 0) continue;
      const c = byCode.get(g.code) ?? { short: 0, notAssessed: 0, total: 0 };
      c.short += 1;
      c.total += g.gap;
      if (g.current === null) c.notAssessed += 1;
      byCode.set(g.code, c);
    }
  }
  return [...byCode]
    .map(([competencyCode, c]) => ({
      competencyCode,
      employeesShort: c.short,
      notAssessed: c.notAssessed,
      averageGap: round2(c.total / c.short),
    }))
    .sort(
      (a, b) =>
        b.employeesShort - a.employeesShort ||
        b.averageGap - a.averageGap ||
        a.competencyCode.localeCompare(b.competencyCode),
    )
    .slice(0, Math.max(0, limit));
}
