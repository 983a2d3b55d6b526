import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@jenjang/auth';
import {
  AgencyParamsDto,
  TrainingSettingsDto,
  UpdateTrainingSettingsDto,
} from './dto/training-settings.dto';
import { TrainingSettingsService } from './training-settings.service';

@ApiTags('agency')
@Controller({ path: 'agencies/:agencyId/training-settings', version: '1' })
export class TrainingSettingsController {
  constructor(private readonly settings: TrainingSettingsService) {}

  @Get()
  @Roles('ADMIN_INSTANSI', 'ADMIN_PROVINSI', 'ANALIS')
  @ApiOperation({
    summary: 'The training settings in force: yearly JP minimum, approval of enrollments',
    description: 'Defaults (configured: false) until the agency saves its own.',
  })
  @ApiOkResponse({ type: TrainingSettingsDto })
  get(@CurrentPrincipal() p: Principal, @Param() params: AgencyParamsDto) {
    return this.settings.read(p, params.agencyId);
  }

  @Put()
  @Roles('ADMIN_INSTANSI', 'ADMIN_PROVINSI')
  @ApiOperation({ summary: "Replace the agency's training settings (409 on a stale revision)" })
  @ApiOkResponse({ type: TrainingSettingsDto })
  put(
    @CurrentPrincipal() p: Principal,
    @Param() params: AgencyParamsDto,
    @Body() dto: UpdateTrainingSettingsDto,
  ) {
    return this.settings.save(p, params.agencyId, dto);
  }

  @Get('history')
  @Roles('ADMIN_INSTANSI', 'ADMIN_PROVINSI', 'ANALIS')
  @ApiOperation({ summary: 'Audit trail of the settings: who changed what and when' })
  history(@CurrentPrincipal() p: Principal, @Param() params: AgencyParamsDto) {
    return this.settings.history(p, params.agencyId);
  }
}
