import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@jenjang/auth';
import { CurrentScope, type RequestScope } from '@jenjang/platform';
import { AgencyParamsDto } from '../shared/params.dto';
import { CommonGapsQueryDto } from './dto/report-query.dto';
import { ReportService } from './report.service';

@ApiTags('reports')
@Roles('ADMIN_INSTANSI', 'ADMIN_PROVINSI', 'ANALIS')
@Controller({ path: 'agencies/:agencyId/reports', version: '1' })
export class ReportController {
  constructor(private readonly reports: ReportService) {}

  @Get('fulfilment')
  @ApiOperation({
    summary: 'Competency fulfilment rate per unit and per position',
    description:
      'Share of required levels met by the employees whose held position has a standard, how ' +
      'many meet every requirement, and the mean JPM. Employees without a standard are counted ' +
      'but not measured.',
  })
  fulfilment(@CurrentScope() caller: RequestScope, @Param() _path: AgencyParamsDto) {
    return this.reports.fulfilment(caller.agency);
  }

  @Get('common-gaps')
  @ApiOperation({ summary: 'The competencies most employees fall short in, most common first' })
  commonGaps(
    @CurrentScope() caller: RequestScope,
    @Param() _path: AgencyParamsDto,
    @Query() q: CommonGapsQueryDto,
  ) {
    return this.reports.commonGaps(caller.agency, q.limit);
  }
}
