import { Injectable } from '@nestjs/common';
import { todayInJakarta } from '@jenjang/auth';
import { OrgChartRepository, type RequestScope } from '@jenjang/platform';
import { AgencySettingsService } from '../agency/agency-settings.service';
import { curveUnitSize, headcountDay } from '../agency/domain/curve';
import { periodOf, type Period, type PeriodKind } from '../appraisal/domain/period';
import { AppraisalReportRepository } from './appraisal-report.repository';
import {
  tallyByUnit,
  unitDistribution,
  type UnitDistribution,
} from './domain/predikat-distribution';
import {
  byLateness,
  STUCK_KIND_LABELS,
  STUCK_KINDS,
  stuckAppraisals,
  stuckSkps,
  type StuckItem,
  type StuckKind,
  type StuckRules,
} from './domain/stuck';
import { SkpReportRepository } from './skp-report.repository';

export interface DistributionQuery {
  year: number;
  periodKind: PeriodKind;
  periodIndex: number | null;
}

export interface PredikatDistributionReport {
  agencyId: string;
  period: Period;
  /** false while the agency runs on the default curve. */
  curveConfigured: boolean;
  generatedAt: Date;
  totals: { units: number; unitsOffCurve: number; unitSize: number; withPredikat: number };
  units: UnitDistribution[];
}

export interface StuckQuery {
  asOf: Date;
  appraisalGraceDays: number;
  keberatanDays: number;
  limit: number;
}

export interface StuckReport {
  agencyId: string;
  asOf: Date;
  rules: Omit<StuckRules, 'asOf'>;
  kinds: { kind: StuckKind; description: { en: string; id: string }; count: number }[];
  total: number;
  truncated: boolean;
  items: StuckItem[];
}

/** Agency reports: the predikat distribution against the curve, and records stuck past a deadline. */
@Injectable()
export class ReportService {
  constructor(
    private readonly appraisals: AppraisalReportRepository,
    private readonly skps: SkpReportRepository,
    private readonly settings: AgencySettingsService,
    private readonly chart: OrgChartRepository,
  ) {}

  async predikatDistribution(
    { agency: scope, agencyId }: RequestScope,
    query: DistributionQuery,
  ): Promise<PredikatDistributionReport> {
    const period = periodOf(query.periodKind, query.year, query.periodIndex);
    const [rows, settings] = await Promise.all([
      this.appraisals.ofPeriod(scope, period),
      this.settings.settingsFor(agencyId),
    ]);
    // The curve is judged against each unit's headcount (placements), as when a predikat is set.
    const heads = await this.chart.headcountByUnit(
      agencyId,
      headcountDay(period.endDate, todayInJakarta()),
    );
    const tallies = tallyByUnit(rows).map((t) => ({
      ...t,
      unitSize: curveUnitSize(heads.get(t.unitId) ?? 0, t.unitSize),
    }));
    // One look-up per unit: an agency has tens of units, not thousands.
    const units = await Promise.all(
      tallies.map(async (tally) =>
        unitDistribution(
          tally,
          settings.curve,
          await this.settings.organisationPredikat(agencyId, tally.unitId, period.year),
        ),
      ),
    );
    return {
      agencyId,
      period,
      curveConfigured: settings.revision !== null,
      generatedAt: new Date(),
      totals: {
        units: units.length,
        unitsOffCurve: units.filter((u) => u.curveStatus === 'VIOLATED').length,
        unitSize: units.reduce((sum, u) => sum + u.unitSize, 0),
        withPredikat: units.reduce((sum, u) => sum + u.withPredikat, 0),
      },
      units,
    };
  }

  async stuck({ agency: scope, agencyId }: RequestScope, query: StuckQuery): Promise<StuckReport> {
    const { asOf, appraisalGraceDays, keberatanDays, limit } = query;
    const rules: StuckRules = { asOf, appraisalGraceDays, keberatanDays };
    const [skps, appraisals] = await Promise.all([
      this.skps.notApproved(scope, asOf.getUTCFullYear()),
      this.appraisals.notFinal(scope),
    ]);
    const items = [...stuckSkps(skps, rules), ...stuckAppraisals(appraisals, rules)].sort(
      byLateness,
    );
    return {
      agencyId,
      asOf,
      rules: { appraisalGraceDays, keberatanDays },
      kinds: STUCK_KINDS.map((kind) => ({
        kind,
        description: STUCK_KIND_LABELS[kind],
        count: items.filter((i) => i.kind === kind).length,
      })),
      total: items.length,
      truncated: items.length > limit,
      items: items.slice(0, limit),
    };
  }
}
