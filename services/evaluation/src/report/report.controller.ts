import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@jenjang/auth';
import { CurrentScope, type RequestScope } from '@jenjang/platform';
import { AgencyParamsDto } from '../agency/dto/agency-params.dto';
import { PredikatDistributionReportDto } from './dto/predikat-distribution.dto';
import { PredikatDistributionQueryDto, StuckQueryDto } from './dto/report-query.dto';
import { StuckReportDto } from './dto/stuck-report.dto';
import { ReportService } from './report.service';

const DEFAULT_GRACE_DAYS = 30;
const DEFAULT_LIMIT = 1000;

// The agency's HR unit reads its own agency; the province BKD and analysts read any (the
// AuthGuard answers 403 OTHER_AGENCY to another agency's caller).
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
    @CurrentScope() caller: RequestScope,
    @Param() _path: AgencyParamsDto,
    @Query() query: PredikatDistributionQueryDto,
  ) {
    return this.reports.predikatDistribution(caller, {
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
    @CurrentScope() caller: RequestScope,
    @Param() _path: AgencyParamsDto,
    @Query() query: StuckQueryDto,
  ) {
    return this.reports.stuck(caller, {
      asOf: query.asOf ? new Date(query.asOf) : new Date(),
      appraisalGraceDays: query.appraisalGraceDays ?? DEFAULT_GRACE_DAYS,
      keberatanDays: query.keberatanDays ?? DEFAULT_GRACE_DAYS,
      limit: query.limit ?? DEFAULT_LIMIT,
    });
  }
}
