import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Roles } from '@jenjang/auth';
import { CurrentScope, type RequestScope } from '@jenjang/platform';
import {
  RecommendationReportService,
  rotationAcceptanceReport,
} from './recommendation-report.service';

@ApiTags('reports')
@ApiParam({ name: 'agencyId', example: 'pemkab-sleman' })
@Controller({ path: 'agencies/:agencyId/reports/recommendation-declines', version: '1' })
@Roles('ADMIN_INSTANSI', 'ANALIS')
export class RecommendationReportController {
  constructor(private readonly reports: RecommendationReportService) {}

  @Get()
  @ApiOperation({
    summary: 'Per unit: recommendations declined, the decline rate and the reasons given',
    description:
      'The resistance-to-change signal (DOMAIN.md §7) next to career planning’s ' +
      '/agencies/{agencyId}/reports/rotation-acceptance (objections to rotation by unit), named ' +
      'under related and in the Link header.',
  })
  declines(
    @CurrentScope() scope: RequestScope,
    @Res({ passthrough: true }) res: { setHeader(name: string, value: string): void },
  ) {
    const related = rotationAcceptanceReport(scope.agencyId);
    res.setHeader('Link', `<${related.path}>; rel="related"; service="${related.service}"`);
    return this.reports.declines(scope);
  }
}
