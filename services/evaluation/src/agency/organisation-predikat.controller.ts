import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@jenjang/auth';
import { CurrentScope, type RequestScope } from '@jenjang/platform';
import {
  AgencyParamsDto,
  OrganisationPredikatQueryDto,
  UnitYearParamsDto,
} from './dto/agency-params.dto';
import { AuditEntryDto } from './dto/audit-entry.dto';
import {
  OrganisationPredikatDto,
  SetOrganisationPredikatDto,
} from './dto/organisation-predikat.dto';
import { OrganisationPredikatService } from './organisation-predikat.service';

const key = ({ unitId, year }: UnitYearParamsDto) => ({ unitId, year });

@ApiTags('agency')
@Controller({ path: 'agencies/:agencyId', version: '1' })
export class OrganisationPredikatController {
  constructor(private readonly predikats: OrganisationPredikatService) {}

  @Get('organisation-predikat')
  @ApiOperation({ summary: "The units' predikat kinerja organisasi, optionally for one year" })
  @ApiOkResponse({ type: [OrganisationPredikatDto] })
  list(
    @CurrentScope() caller: RequestScope,
    @Param() _path: AgencyParamsDto,
    @Query() query: OrganisationPredikatQueryDto,
  ) {
    return this.predikats.list(caller, query.year);
  }

  @Get('units/:unitId/organisation-predikat/:year')
  @ApiOperation({ summary: "A unit's predikat kinerja organisasi for a year" })
  @ApiOkResponse({ type: OrganisationPredikatDto })
  get(@CurrentScope() caller: RequestScope, @Param() params: UnitYearParamsDto) {
    return this.predikats.get(caller, key(params));
  }

  @Put('units/:unitId/organisation-predikat/:year')
  @Roles('ADMIN_INSTANSI', 'ADMIN_PROVINSI')
  @ApiOperation({
    summary: "Set a unit's predikat kinerja organisasi for a year (409 on a stale revision)",
  })
  @ApiOkResponse({ type: OrganisationPredikatDto })
  put(
    @CurrentScope() caller: RequestScope,
    @Param() params: UnitYearParamsDto,
    @Body() dto: SetOrganisationPredikatDto,
  ) {
    return this.predikats.set(caller, key(params), dto);
  }

  @Get('units/:unitId/organisation-predikat/:year/history')
  @Roles('ADMIN_INSTANSI', 'ADMIN_PROVINSI', 'ANALIS')
  @ApiOperation({ summary: "Audit trail of a unit's organisation predikat" })
  @ApiOkResponse({ type: [AuditEntryDto] })
  history(@CurrentScope() caller: RequestScope, @Param() params: UnitYearParamsDto) {
    return this.predikats.history(caller, key(params));
  }
}
