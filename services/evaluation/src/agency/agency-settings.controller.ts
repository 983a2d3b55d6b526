import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@jenjang/auth';
import { CurrentScope, type RequestScope } from '@jenjang/platform';
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
  get(@CurrentScope() caller: RequestScope, @Param() _path: AgencyParamsDto) {
    return this.settings.read(caller);
  }

  @Put()
  @Roles('ADMIN_INSTANSI', 'ADMIN_PROVINSI')
  @ApiOperation({ summary: "Replace the agency's evaluation settings (409 on a stale revision)" })
  @ApiOkResponse({ type: AgencySettingsDto })
  put(
    @CurrentScope() caller: RequestScope,
    @Param() _path: AgencyParamsDto,
    @Body() dto: UpdateAgencySettingsDto,
  ) {
    return this.settings.save(caller, dto);
  }

  @Get('history')
  @Roles('ADMIN_INSTANSI', 'ADMIN_PROVINSI', 'ANALIS')
  @ApiOperation({ summary: 'Audit trail of the settings: who changed what and when' })
  @ApiOkResponse({ type: [AuditEntryDto] })
  history(@CurrentScope() caller: RequestScope, @Param() _path: AgencyParamsDto) {
    return this.settings.history(caller);
  }
}
