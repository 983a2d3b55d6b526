import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@jenjang/auth';
import { AgencyParamsDto } from '../agency/dto/agency-params.dto';
import { PredikatDistributionReportDto } from './dto/predikat-distribution.dto';
import { PredikatDistributionQueryDto, StuckQueryDto } from './dto/report-query.dto';
import { StuckReportDto } from './dto/stuck-report.dto';
import { ReportService } from './report.service';

const DEFAULT_GRACE_DAYS = 30;
const DEFAULT_LIMIT = 1000;

// The agency's HR unit reads its own agency; the province BKD and analysts read any (another
// agency's caller gets 404, see agencyScopeFor).
@ApiTags('reports')
@Roles('ADMIN_INSTANSI', 'ADMIN_PROVINSI', 'ANALIS')
@Controller({ path: 'agencies/:agencyId/reports', version: '1' })
export class ReportController {
  constructor(private readonly reports: ReportService) {}

  @Get('predikat-distribution')
  @ApiOperation({
    summary: 'Staff predikat per unit for a period, against the curve of its organisation predikat',
  })
  @ApiOkResponse({ type: PredikatDistributionReportDto })
  distribution(
    @CurrentPrincipal() principal: Principal,
    @Param() params: AgencyParamsDto,
    @Query() query: PredikatDistributionQueryDto,
  ) {
    return this.reports.predikatDistribution(principal, params.agencyId, {
      year: query.year,
      periodKind: query.periodKind ?? 'TAHUNAN',
      periodIndex: query.periodIndex ?? null,
    });
  }

  @Get('stuck')
  @ApiOperation({
    summary:
      'SKPs not approved after January, appraisals not final N days after their period, objections undecided N days',
  })
  @ApiOkResponse({ type: StuckReportDto })
  stuck(
    @CurrentPrincipal() principal: Principal,
    @Param() params: AgencyParamsDto,
    @Query() query: StuckQueryDto,
  ) {
    return this.reports.stuck(principal, params.agencyId, {
      asOf: query.asOf ? new Date(query.asOf) : new Date(),
      appraisalGraceDays: query.appraisalGraceDays ?? DEFAULT_GRACE_DAYS,
      keberatanDays: query.keberatanDays ?? DEFAULT_GRACE_DAYS,
      limit: query.limit ?? DEFAULT_LIMIT,
    });
  }
}
