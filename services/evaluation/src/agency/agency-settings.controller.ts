import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@jenjang/auth';
import { AgencySettingsService } from './agency-settings.service';
import { AgencyParamsDto } from './dto/agency-params.dto';
import { AgencySettingsDto, UpdateAgencySettingsDto } from './dto/agency-settings.dto';
import { AuditEntryDto } from './dto/audit-entry.dto';

@ApiTags('agency')
@Controller({ path: 'agencies/:agencyId/evaluation-settings', version: '1' })
export class AgencySettingsController {
  constructor(private readonly settings: AgencySettingsService) {}

  @Get()
  @ApiOperation({
    summary: 'The evaluation settings in force: period kinds, objection window, predikat curve',
    description: 'Defaults (configured: false) until the agency saves its own.',
  })
  @ApiOkResponse({ type: AgencySettingsDto })
  get(@CurrentPrincipal() principal: Principal, @Param() params: AgencyParamsDto) {
    return this.settings.read(principal, params.agencyId);
  }

  @Put()
  @Roles('ADMIN_INSTANSI', 'ADMIN_PROVINSI')
  @ApiOperation({ summary: "Replace the agency's evaluation settings (409 on a stale revision)" })
  @ApiOkResponse({ type: AgencySettingsDto })
  put(
    @CurrentPrincipal() principal: Principal,
    @Param() params: AgencyParamsDto,
    @Body() dto: UpdateAgencySettingsDto,
  ) {
    return this.settings.save(principal, params.agencyId, dto);
  }

  @Get('history')
  @Roles('ADMIN_INSTANSI', 'ADMIN_PROVINSI', 'ANALIS')
  @ApiOperation({ summary: 'Audit trail of the settings: who changed what and when' })
  @ApiOkResponse({ type: [AuditEntryDto] })
  history(@CurrentPrincipal() principal: Principal, @Param() params: AgencyParamsDto) {
    return this.settings.history(principal, params.agencyId);
  }
}
