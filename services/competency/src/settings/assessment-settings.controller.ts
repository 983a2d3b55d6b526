import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AgencyScoped, CurrentPrincipal, Roles, type Principal } from '@jenjang/auth';
import { agencyScope } from '@jenjang/persistence';
import { AgencyParamsDto } from '../shared/params.dto';
import { AssessmentSettingsService } from './assessment-settings.service';
import { PutAssessmentSettingsDto } from './dto/assessment-settings.dto';

@ApiTags('assessment-settings')
@AgencyScoped()
@Controller({ path: 'agencies/:agencyId/assessment-settings', version: '1' })
export class AssessmentSettingsController {
  constructor(private readonly settings: AssessmentSettingsService) {}

  @Get()
  @ApiOperation({
    summary: 'How the agency computes JPM (bands, formula variant) and current levels',
    description: 'The defaults (configured: false) until the agency saves its own.',
  })
  read(@Param() p: AgencyParamsDto) {
    return this.settings.read(agencyScope(p.agencyId));
  }

  @Put()
  @Roles('ADMIN_INSTANSI', 'ADMIN_PROVINSI')
  @ApiOperation({
    summary: 'Replace the settings (applies to assessments from now on; earlier ones kept)',
    description: 'A formula variant changes jpm.formula, so JPM values are compared under one id.',
  })
  put(
    @CurrentPrincipal() principal: Principal,
    @Param() p: AgencyParamsDto,
    @Body() dto: PutAssessmentSettingsDto,
  ) {
    const { revision } = dto;
    // validation guarantees one of the two shapes
    const { jpm, currentLevel } = (dto.settings ?? dto) as Required<
      Pick<PutAssessmentSettingsDto, 'jpm' | 'currentLevel'>
    >;
    return this.settings.change(agencyScope(p.agencyId), principal, revision, {
      jpm: { bands: jpm.bands, capSurplus: jpm.capSurplus, unassessed: jpm.unassessed },
      currentLevel: {
        precedence: currentLevel.precedence,
        sameAgeDays: currentLevel.sameAgeDays,
        cappedSources: currentLevel.cappedSources,
      },
    });
  }
}
