import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@jenjang/auth';
import { CurrentScope, type RequestScope } from '@jenjang/platform';
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
  get(@CurrentScope() caller: RequestScope, @Param() _path: AgencyParamsDto) {
    return this.settings.read(caller);
  }

  @Put()
  @Roles('ADMIN_INSTANSI', 'ADMIN_PROVINSI')
  @ApiOperation({ summary: "Replace the agency's training settings (409 on a stale revision)" })
  @ApiOkResponse({ type: TrainingSettingsDto })
  put(
    @CurrentScope() caller: RequestScope,
    @Param() _path: AgencyParamsDto,
    @Body() dto: UpdateTrainingSettingsDto,
  ) {
    return this.settings.save(caller, dto);
  }

  @Get('history')
  @Roles('ADMIN_INSTANSI', 'ADMIN_PROVINSI', 'ANALIS')
  @ApiOperation({ summary: 'Audit trail of the settings: who changed what and when' })
  history(@CurrentScope() caller: RequestScope, @Param() _path: AgencyParamsDto) {
    return this.settings.history(caller);
  }
}
