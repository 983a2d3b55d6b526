import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@jenjang/auth';
import { CurrentScope, type RequestScope } from '@jenjang/platform';
import type { Audience } from './domain/rule';
import { AgencyParamsDto } from '../shared/params.dto';
import { RuleInputDto, RuleParamsDto } from './dto/rule.dto';
import { RuleService } from './rule.service';

@ApiTags('rules')
@Controller({ path: 'agencies/:agencyId/notification-rules', version: '1' })
export class RuleController {
  constructor(private readonly rules: RuleService) {}

  @Get()
  @ApiOperation({
    summary: 'The rules in force: event → notification type, audience, channels, mandatory',
    description: 'source DEFAULT is the platform rule; AGENCY the agency’s own version.',
  })
  list(@CurrentScope() scope: RequestScope, @Param() _path: AgencyParamsDto) {
    return this.rules.effective(scope.agency);
  }

  @Put(':type')
  @Roles('ADMIN_INSTANSI', 'ADMIN_PROVINSI')
  @ApiOperation({
    summary: 'Save the agency’s version of a rule (checked against the event contract)',
  })
  put(
    @CurrentScope() scope: RequestScope,
    @Param() params: RuleParamsDto,
    @Body() dto: RuleInputDto,
  ) {
    const audience: Audience =
      dto.audience.kind === 'TEAM'
        ? { kind: 'TEAM', team: dto.audience.team! }
        : { kind: 'EVENT_FIELD', path: dto.audience.path! };
    return this.rules.save(
      scope.agency,
      params.agencyId,
      { ...dto, type: params.type, audience },
      scope.actor.subject,
    );
  }
}
