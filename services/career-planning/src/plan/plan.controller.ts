import { Body, Controller, Get, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal } from '@jenjang/auth';
import { Idempotent } from '@jenjang/platform';
import {
  AgreementInputDto,
  CommentInputDto,
  PlanInputDto,
  StepInputDto,
  StepUpdateDto,
} from './dto/plan.dto';
import { PlanService } from './plan.service';

@ApiTags('career plans')
@Controller({ path: 'plans', version: '1' })
export class PlanController {
  constructor(private readonly plans: PlanService) {}

  @Get(':employeeId')
  @ApiOperation({ summary: 'A career plan (the person, the direct superior, admins, analysts)' })
  get(@CurrentPrincipal() principal: Principal, @Param('employeeId') employeeId: string) {
    return this.plans.get(principal, employeeId);
  }

  @Put(':employeeId')
  @ApiOperation({
    summary: 'Set goals and target positions (the person or an admin); clears the agreement',
    description: 'A target in another agency needs province scope (ADMIN_PROVINSI): 422 otherwise.',
  })
  put(
    @CurrentPrincipal() principal: Principal,
    @Param('employeeId') employeeId: string,
    @Body() dto: PlanInputDto,
  ) {
    return this.plans.put(principal, employeeId, dto);
  }

  @Post(':employeeId/steps')
  @Idempotent()
  @ApiOperation({ summary: 'Add a step: education, training, rotation or assignment' })
  addStep(
    @CurrentPrincipal() principal: Principal,
    @Param('employeeId') employeeId: string,
    @Body() dto: StepInputDto,
  ) {
    return this.plans.addStep(principal, employeeId, dto);
  }

  @Patch(':employeeId/steps/:stepId')
  @ApiOperation({ summary: 'Move a step to PLANNED, IN_PROGRESS, DONE or CANCELLED' })
  updateStep(
    @CurrentPrincipal() principal: Principal,
    @Param('employeeId') employeeId: string,
    @Param('stepId') stepId: string,
    @Body() dto: StepUpdateDto,
  ) {
    return this.plans.updateStep(principal, employeeId, stepId, dto.status, dto.revision);
  }

  @Post(':employeeId/comments')
  @Idempotent()
  @ApiOperation({ summary: 'Comment on the plan (superior, admin, the person)' })
  comment(
    @CurrentPrincipal() principal: Principal,
    @Param('employeeId') employeeId: string,
    @Body() dto: CommentInputDto,
  ) {
    return this.plans.comment(principal, employeeId, dto.text);
  }

  @Post(':employeeId/agreement')
  @ApiOperation({ summary: 'The direct superior agrees with the plan at the revision read' })
  agree(
    @CurrentPrincipal() principal: Principal,
    @Param('employeeId') employeeId: string,
    @Body() dto: AgreementInputDto,
  ) {
    return this.plans.agree(principal, employeeId, dto.revision);
  }

  @Get(':employeeId/readiness')
  @ApiOperation({
    summary: 'Readiness for each target: competency gap, training done, recent predikat, reasons',
  })
  readiness(@CurrentPrincipal() principal: Principal, @Param('employeeId') employeeId: string) {
    return this.plans.readiness(principal, employeeId);
  }
}
