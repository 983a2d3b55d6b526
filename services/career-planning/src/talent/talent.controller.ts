import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Roles } from '@jenjang/auth';
import { CurrentScope, Idempotent, type RequestScope } from '@jenjang/platform';
import { PotentialInputDto, TalentSettingsInputDto } from './dto/talent.dto';
import { TalentService } from './talent.service';

@ApiTags('talent')
@Controller({ path: 'talent', version: '1' })
export class TalentController {
  constructor(private readonly talent: TalentService) {}

  @Get('me')
  @ApiOperation({ summary: 'Your 9-box, what it comes from and the recommended action' })
  me(@CurrentScope() caller: RequestScope) {
    return this.talent.myProfile(caller);
  }

  @Get('employees/:employeeId')
  @ApiOperation({ summary: "A person's talent profile (admins, analysts, the person)" })
  get(@CurrentScope() caller: RequestScope, @Param('employeeId') employeeId: string) {
    return this.talent.profile(caller, employeeId);
  }

  @Post('employees/:employeeId/potential-assessments')
  @Roles('ADMIN_INSTANSI')
  @Idempotent()
  @ApiOperation({
    summary: 'Record a potential assessment (score on its scale, source, date)',
    description:
      'Re-places the person in the 9-box; publishes talent-box-assigned if the box moved.',
  })
  recordPotential(
    @CurrentScope() caller: RequestScope,
    @Param('employeeId') employeeId: string,
    @Body() dto: PotentialInputDto,
  ) {
    return this.talent.recordPotential(caller, employeeId, dto);
  }
}

@ApiTags('agency')
@ApiParam({ name: 'agencyId', example: 'pemkab-sleman' })
@Controller({ path: 'agencies/:agencyId/talent-settings', version: '1' })
export class TalentSettingsController {
  constructor(private readonly talent: TalentService) {}

  @Get()
  @ApiOperation({
    summary: "The agency's 9-box cut-offs and succession boxes (defaults until saved)",
  })
  get(@CurrentScope() scope: RequestScope) {
    return this.talent.readSettings(scope.agencyId);
  }

  @Put()
  @Roles('ADMIN_INSTANSI')
  @ApiOperation({ summary: 'Replace the cut-offs (409 on a stale revision); re-places everyone' })
  put(@CurrentScope() scope: RequestScope, @Body() dto: TalentSettingsInputDto) {
    return this.talent.saveSettings(scope, dto);
  }
}
