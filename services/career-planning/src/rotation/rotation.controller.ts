import { Body, Controller, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Roles } from '@jenjang/auth';
import { CurrentScope, Idempotent, type RequestScope } from '@jenjang/platform';
import {
  RotationAnswerDto,
  RotationDecisionDto,
  RotationOpinionDto,
  RotationQueryDto,
  RotationSettingsDto,
} from './dto/rotation.dto';
import { RotationReviewService } from './rotation-review.service';
import { RotationService } from './rotation.service';

@ApiTags('rotation')
@Controller({ path: 'rotations', version: '1' })
export class RotationController {
  constructor(
    private readonly rotations: RotationService,
    private readonly review: RotationReviewService,
  ) {}

  @Post('propose')
  @Roles('ADMIN_INSTANSI')
  @ApiOperation({
    summary: 'Rotation review: tenure in one post (agency setting) and 9-box boxes 4, 7, 8',
    description:
      'Same-grade posts with their reasons (gaps closed, competencies developed) and the ' +
      'objective criteria; publishes rotation-proposed once per proposal.',
  })
  propose(@CurrentScope() caller: RequestScope) {
    return this.review.propose(caller);
  }

  @Get()
  @ApiOperation({ summary: 'Proposals: HR sees the agency; others their own and their reports’' })
  list(@CurrentScope() caller: RequestScope, @Query() query: RotationQueryDto) {
    return this.rotations.list(caller, query);
  }

  @Get(':id')
  get(@CurrentScope() caller: RequestScope, @Param('id') id: string) {
    return this.rotations.get(caller, id);
  }

  @Post(':id/answer')
  @Idempotent()
  @ApiOperation({ summary: 'The employee agrees, or objects with a reason, and gives preferences' })
  answer(
    @CurrentScope() caller: RequestScope,
    @Param('id') id: string,
    @Body() dto: RotationAnswerDto,
  ) {
    return this.rotations.answer(caller, id, dto);
  }

  @Post(':id/opinion')
  @Idempotent()
  @ApiOperation({ summary: "The direct superior's (or HR's) view before the decision" })
  opinion(
    @CurrentScope() caller: RequestScope,
    @Param('id') id: string,
    @Body() dto: RotationOpinionDto,
  ) {
    return this.rotations.consult(caller, id, dto);
  }

  @Post(':id/approve')
  @Roles('ADMIN_INSTANSI')
  @Idempotent()
  @ApiOperation({
    summary: 'Approve with a reason and an effective date: places the employee (employee-placed)',
  })
  approve(
    @CurrentScope() caller: RequestScope,
    @Param('id') id: string,
    @Body() dto: RotationDecisionDto,
  ) {
    return this.rotations.approve(caller, id, dto);
  }

  @Post(':id/reject')
  @Roles('ADMIN_INSTANSI')
  @Idempotent()
  @ApiOperation({ summary: 'Reject with a reason' })
  reject(
    @CurrentScope() caller: RequestScope,
    @Param('id') id: string,
    @Body() dto: RotationDecisionDto,
  ) {
    return this.rotations.reject(caller, id, dto);
  }
}

@ApiTags('reports')
@ApiParam({ name: 'agencyId', example: 'pemkab-sleman' })
@Controller({ path: 'agencies/:agencyId/reports/rotation-acceptance', version: '1' })
@Roles('ADMIN_INSTANSI', 'ADMIN_PROVINSI', 'ANALIS')
export class RotationReportController {
  constructor(private readonly rotations: RotationService) {}

  @Get()
  @ApiOperation({
    summary: 'Per unit: proposals agreed and objected, and the coded reasons for objecting',
    description:
      'The resistance-to-change signal (DOMAIN.md §7) next to training’s ' +
      '/agencies/{agencyId}/reports/recommendation-declines (declined recommendations and their ' +
      'reasons by unit), named in the Link header.',
  })
  acceptance(
    @CurrentScope() scope: RequestScope,
    @Res({ passthrough: true }) res: { setHeader(name: string, value: string): void },
  ) {
    const declines = `/api/v1/agencies/${encodeURIComponent(scope.agencyId)}/reports/recommendation-declines`;
    res.setHeader('Link', `<${declines}>; rel="related"; service="training"`);
    return this.rotations.acceptance(scope);
  }
}

@ApiTags('agency')
@ApiParam({ name: 'agencyId', example: 'pemkab-sleman' })
@Controller({ path: 'agencies/:agencyId/rotation-settings', version: '1' })
@Roles('ADMIN_INSTANSI')
export class RotationSettingsController {
  constructor(private readonly review: RotationReviewService) {}

  @Get()
  @ApiOperation({ summary: 'Years in one post that open a rotation review (default 5)' })
  get(@CurrentScope() caller: RequestScope) {
    return this.review.readSettings(caller);
  }

  @Put()
  put(@CurrentScope() caller: RequestScope, @Body() dto: RotationSettingsDto) {
    return this.review.saveSettings(caller, dto.tenureYears, dto.revision);
  }
}
