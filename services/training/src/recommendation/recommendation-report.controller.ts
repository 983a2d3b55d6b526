import { Controller, Get, Header } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@jenjang/auth';
import { RecommendationReportService } from './recommendation-report.service';

@ApiTags('reports')
@Controller({ path: 'reports/recommendation-declines', version: '1' })
@Roles('ADMIN_INSTANSI', 'ANALIS')
export class RecommendationReportController {
  constructor(private readonly reports: RecommendationReportService) {}

  @Get()
  @Header('Link', '</api/v1/reports/rotation-acceptance>; rel="related"; service="career-planning"')
  @ApiOperation({
    summary: 'Per unit: recommendations declined, the decline rate and the reasons given',
    description:
      'The resistance-to-change signal (DOMAIN.md §7) next to career planning’s ' +
      '/reports/rotation-acceptance (objections to rotation by unit), named under related.',
  })
  declines(@CurrentPrincipal() p: Principal) {
    return this.reports.declines(p);
  }
}
