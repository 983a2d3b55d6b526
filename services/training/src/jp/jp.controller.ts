import { Controller, Get, Param, ParseIntPipe, Query } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, isSuperiorOf, Roles, type Principal } from '@jenjang/auth';
import { CurrentScope, OrgChartRepository, type RequestScope } from '@jenjang/platform';
import { NotFoundError } from '@jenjang/persistence';
import { JpService } from './jp.service';

// The person, the agency's HR unit, and their superiors by today's org chart (never any PENILAI).
const canSee = async (chart: OrgChartRepository, p: Principal, employeeId: string) =>
  p.employeeId === employeeId ||
  p.roles.includes('ADMIN_INSTANSI') ||
  (await isSuperiorOf(chart, p, employeeId));

@ApiTags('jp')
@Controller({ version: '1' })
export class JpController {
  constructor(
    private readonly jp: JpService,
    private readonly chart: OrgChartRepository,
  ) {}

  @Get('employees/:employeeId/jp/:year')
  @ApiOperation({ summary: 'JP earned in a year against the minimum, with the completions' })
  async summary(
    @CurrentPrincipal() p: Principal,
    @Param('employeeId') employeeId: string,
    @Param('year', ParseIntPipe) year: number,
  ) {
    if (!(await canSee(this.chart, p, employeeId)))
      throw new NotFoundError({ en: 'Employee', id: 'Pegawai' }, employeeId);
    return this.jp.summary(p.agencyId, employeeId, year);
  }

  @Get('agencies/:agencyId/reports/jp-fulfilment')
  @Roles('ADMIN_INSTANSI', 'ANALIS')
  @ApiParam({ name: 'agencyId', example: 'pemkab-sleman' })
  @ApiOperation({ summary: 'Per unit: how many met the yearly JP minimum, and who is behind' })
  fulfilment(
    @CurrentScope() scope: RequestScope,
    @Query('year', ParseIntPipe) year: number,
    @Query('unitId') unitId?: string,
  ) {
    return this.jp.fulfilment(scope.agencyId, year, unitId);
  }
}
