import { Body, Controller, Get, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentScope, Idempotent, type RequestScope } from '@jenjang/platform';
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
  get(@CurrentScope() caller: RequestScope, @Param('employeeId') employeeId: string) {
    return this.plans.get(caller, employeeId);
  }

  @Put(':employeeId')
  @ApiOperation({
    summary: 'Set goals and target positions (the person or an admin); clears the agreement',
    description: 'A target in another agency needs province scope (ADMIN_PROVINSI): 422 otherwise.',
  })
  put(
    @CurrentScope() caller: RequestScope,
    @Param('employeeId') employeeId: string,
    @Body() dto: PlanInputDto,
  ) {
    return this.plans.put(caller, employeeId, dto);
  }

  @Post(':employeeId/steps')
  @Idempotent()
  @ApiOperation({ summary: 'Add a step: education, training, rotation or assignment' })
  addStep(
    @CurrentScope() caller: RequestScope,
    @Param('employeeId') employeeId: string,
    @Body() dto: StepInputDto,
  ) {
    return this.plans.addStep(caller, employeeId, dto);
  }

  @Patch(':employeeId/steps/:stepId')
  @ApiOperation({ summary: 'Move a step to PLANNED, IN_PROGRESS, DONE or CANCELLED' })
  updateStep(
    @CurrentScope() caller: RequestScope,
    @Param('employeeId') employeeId: string,
    @Param('stepId') stepId: string,
    @Body() dto: StepUpdateDto,
  ) {
    return this.plans.updateStep(caller, employeeId, stepId, dto.status, dto.revision);
  }

  @Post(':employeeId/comments')
  @Idempotent()
  @ApiOperation({ summary: 'Comment on the plan (superior, admin, the person)' })
  comment(
    @CurrentScope() caller: RequestScope,
    @Param('employeeId') employeeId: string,
    @Body() dto: CommentInputDto,
  ) {
    return this.plans.comment(caller, employeeId, dto.text);
  }

  @Post(':employeeId/agreement')
  @ApiOperation({ summary: 'The direct superior agrees with the plan at the revision read' })
  agree(
    @CurrentScope() caller: RequestScope,
    @Param('employeeId') employeeId: string,
    @Body() dto: AgreementInputDto,
  ) {
    return this.plans.agree(caller, employeeId, dto.revision);
  }

  @Get(':employeeId/readiness')
  @ApiOperation({
    summary: 'Readiness for each target: competency gap, training done, recent predikat, reasons',
  })
  readiness(@CurrentScope() caller: RequestScope, @Param('employeeId') employeeId: string) {
    return this.plans.readiness(caller, employeeId);
  }
}
