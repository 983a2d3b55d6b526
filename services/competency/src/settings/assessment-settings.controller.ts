import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@jenjang/auth';
import { CurrentScope, type RequestScope } from '@jenjang/platform';
import { AgencyParamsDto } from '../shared/params.dto';
import { AssessmentSettingsService } from './assessment-settings.service';
import { PutAssessmentSettingsDto } from './dto/assessment-settings.dto';

@ApiTags('assessment-settings')
@Controller({ path: 'agencies/:agencyId/assessment-settings', version: '1' })
export class AssessmentSettingsController {
  constructor(private readonly settings: AssessmentSettingsService) {}

  @Get()
  @ApiOperation({
    summary: 'How the agency computes JPM (bands, formula variant) and current levels',
    description: 'The defaults (configured: false) until the agency saves its own.',
  })
  read(@CurrentScope() caller: RequestScope, @Param() _path: AgencyParamsDto) {
    return this.settings.read(caller.agency);
  }

  @Put()
  @Roles('ADMIN_INSTANSI', 'ADMIN_PROVINSI')
  @ApiOperation({
    summary: 'Replace the settings (applies to assessments from now on; earlier ones kept)',
    description: 'A formula variant changes jpm.formula, so JPM values are compared under one id.',
  })
  put(
    @CurrentScope() caller: RequestScope,
    @Param() _path: AgencyParamsDto,
    @Body() dto: PutAssessmentSettingsDto,
  ) {
    const { revision } = dto;
    // validation guarantees one of the two shapes
    const { jpm, currentLevel } = (dto.settings ?? dto) as Required<
      Pick<PutAssessmentSettingsDto, 'jpm' | 'currentLevel'>
    >;
    return this.settings.change(caller, revision, {
      jpm: { bands: jpm.bands, capSurplus: jpm.capSurplus, unassessed: jpm.unassessed },
      currentLevel: {
        precedence: currentLevel.precedence,
        sameAgeDays: currentLevel.sameAgeDays,
        cappedSources: currentLevel.cappedSources,
      },
    });
  }
}
