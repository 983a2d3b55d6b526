import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@jenjang/auth';
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
    @CurrentPrincipal() principal: Principal,
    @Param() params: AgencyParamsDto,
    @Query() query: OrganisationPredikatQueryDto,
  ) {
    return this.predikats.list(principal, params.agencyId, query.year);
  }

  @Get('units/:unitId/organisation-predikat/:year')
  @ApiOperation({ summary: "A unit's predikat kinerja organisasi for a year" })
  @ApiOkResponse({ type: OrganisationPredikatDto })
  get(@CurrentPrincipal() principal: Principal, @Param() params: UnitYearParamsDto) {
    return this.predikats.get(principal, params.agencyId, key(params));
  }

  @Put('units/:unitId/organisation-predikat/:year')
  @Roles('ADMIN_INSTANSI', 'ADMIN_PROVINSI')
  @ApiOperation({
    summary: "Set a unit's predikat kinerja organisasi for a year (409 on a stale revision)",
  })
  @ApiOkResponse({ type: OrganisationPredikatDto })
  put(
    @CurrentPrincipal() principal: Principal,
    @Param() params: UnitYearParamsDto,
    @Body() dto: SetOrganisationPredikatDto,
  ) {
    return this.predikats.set(principal, params.agencyId, key(params), dto);
  }

  @Get('units/:unitId/organisation-predikat/:year/history')
  @Roles('ADMIN_INSTANSI', 'ADMIN_PROVINSI', 'ANALIS')
  @ApiOperation({ summary: "Audit trail of a unit's organisation predikat" })
  @ApiOkResponse({ type: [AuditEntryDto] })
  history(@CurrentPrincipal() principal: Principal, @Param() params: UnitYearParamsDto) {
    return this.predikats.history(principal, params.agencyId, key(params));
  }
}
