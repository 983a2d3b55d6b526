import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentScope, Idempotent, type RequestScope } from '@jenjang/platform';
import { EmployeeParamsDto } from '../shared/params.dto';
import { AddAssessmentDto, SetTargetDto } from './dto/profile.dto';
import { ProfileService } from './profile.service';

@ApiTags('profiles')
@Controller({ path: 'agencies/:agencyId/profiles/:employeeId', version: '1' })
export class ProfileController {
  constructor(private readonly profiles: ProfileService) {}

  @Get()
  @ApiOperation({
    summary: 'Competency profile: current level per competency (derived) and the full history',
    description: 'The person, their superiors, the agency HR unit and analysts may read it.',
  })
  get(@CurrentScope() caller: RequestScope, @Param() p: EmployeeParamsDto) {
    return this.profiles.view(caller, p.employeeId);
  }

  @Post('assessments')
  @Idempotent()
  @ApiOperation({
    summary: 'Record an assessed level (with its source and date); gaps are assessed again',
    description:
      'Publishes gaps-assessed (cause PROFILE_UPDATED) once the held position is known. 422 ' +
      'for an unknown competency, 400 for a level outside 1-5.',
  })
  addAssessment(
    @CurrentScope() caller: RequestScope,
    @Param() p: EmployeeParamsDto,
    @Body() dto: AddAssessmentDto,
  ) {
    return this.profiles.addAssessment(caller, p.employeeId, dto);
  }

  @Put('target-position')
  @Idempotent()
  @ApiOperation({ summary: 'Set or clear the target position (career plan); gaps assessed again' })
  setTarget(
    @CurrentScope() caller: RequestScope,
    @Param() p: EmployeeParamsDto,
    @Body() dto: SetTargetDto,
  ) {
    return this.profiles.setTarget(caller, p.employeeId, dto.positionId);
  }

  @Get('gaps')
  @ApiOperation({
    summary: 'Gap analysis now: gaps against the held and target positions, JPM, ranked needs',
    description:
      'JPM-MIN-CAPPED-v1 = 100 x sum(min(current, required)) / sum(required), 2 decimals; null ' +
      'when the position has no standard.',
  })
  gaps(@CurrentScope() caller: RequestScope, @Param() p: EmployeeParamsDto) {
    return this.profiles.gaps(caller, p.employeeId);
  }
}
