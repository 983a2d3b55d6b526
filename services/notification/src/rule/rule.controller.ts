import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@jenjang/auth';
import type { Audience } from './domain/rule';
import { AgencyParamsDto } from '../shared/params.dto';
import { agencyScopeFor } from '../shared/caller';
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
  list(@CurrentPrincipal() principal: Principal, @Param() params: AgencyParamsDto) {
    return this.rules.effective(agencyScopeFor(principal, params.agencyId, 'read'));
  }

  @Put(':type')
  @Roles('ADMIN_INSTANSI', 'ADMIN_PROVINSI')
  @ApiOperation({
    summary: 'Save the agency’s version of a rule (checked against the event contract)',
  })
  put(
    @CurrentPrincipal() principal: Principal,
    @Param() params: RuleParamsDto,
    @Body() dto: RuleInputDto,
  ) {
    const audience: Audience =
      dto.audience.kind === 'TEAM'
        ? { kind: 'TEAM', team: dto.audience.team! }
        : { kind: 'EVENT_FIELD', path: dto.audience.path! };
    return this.rules.save(
      agencyScopeFor(principal, params.agencyId, 'write'),
      params.agencyId,
      { ...dto, type: params.type, audience },
      principal.subject,
    );
  }
}
