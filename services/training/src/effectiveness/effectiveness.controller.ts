import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Roles } from '@jenjang/auth';
import { CurrentScope, type RequestScope } from '@jenjang/platform';
import { EffectivenessService } from './effectiveness.service';

@ApiTags('reports')
@ApiParam({ name: 'agencyId', example: 'pemkab-sleman' })
@Controller({ path: 'agencies/:agencyId/reports/program-effectiveness', version: '1' })
@Roles('ADMIN_INSTANSI', 'ANALIS')
export class EffectivenessController {
  constructor(private readonly effectiveness: EffectivenessService) {}

  @Get()
  @ApiOperation({
    summary:
      'Which programs work: Kirkpatrick level 1 (reaction), 2 (score), 3/4 (appraisal after vs before)',
    description:
      'Per program: completions; level 3/4 = the next appraisal after each completion compared ' +
      'with the last before it (ratings 1..3 each; n, improved/same/worse, mean change; pending ' +
      'while no appraisal followed); level 1 survey means; level 2 mean score.',
  })
  report(@CurrentScope() scope: RequestScope, @Query('programId') programId?: string) {
    return this.effectiveness.report(scope, programId);
  }

  @Get(':programId/completions')
  @ApiOperation({ summary: 'The before/after comparison of each completion of a program' })
  completions(@CurrentScope() scope: RequestScope, @Param('programId') programId: string) {
    return this.effectiveness.completions(scope, programId);
  }
}
