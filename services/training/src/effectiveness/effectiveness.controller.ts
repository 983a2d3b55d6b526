import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@jenjang/auth';
import { EffectivenessService } from './effectiveness.service';

@ApiTags('reports')
@Controller({ path: 'reports/program-effectiveness', version: '1' })
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
  report(@CurrentPrincipal() p: Principal, @Query('programId') programId?: string) {
    return this.effectiveness.report(p, programId);
  }

  @Get(':programId/completions')
  @ApiOperation({ summary: 'The before/after comparison of each completion of a program' })
  completions(@CurrentPrincipal() p: Principal, @Param('programId') programId: string) {
    return this.effectiveness.completions(p, programId);
  }
}
