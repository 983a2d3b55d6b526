import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { Roles } from '@jenjang/auth';
import { CurrentScope, type RequestScope } from '@jenjang/platform';
import { ReportService } from './report.service';

export class ReportQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  unitId?: string;

  /** Stalled plans: days without a step started or finished (default 90). */
  @ApiPropertyOptional({ default: 90 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3650)
  days?: number;
}

@ApiTags('reports')
@ApiParam({ name: 'agencyId', example: 'pemkab-sleman' })
@Controller({ path: 'agencies/:agencyId/reports', version: '1' })
@Roles('ADMIN_INSTANSI', 'ADMIN_PROVINSI', 'ANALIS')
export class ReportController {
  constructor(private readonly reports: ReportService) {}

  @Get('nine-box')
  @ApiOperation({ summary: '9-box distribution per unit (boxes[0] is box 1)' })
  nineBox(@CurrentScope() scope: RequestScope, @Query() q: ReportQueryDto) {
    return this.reports.nineBox(scope, q.unitId);
  }

  @Get('succession-coverage')
  @ApiOperation({ summary: 'Key positions with a confirmed successor (and one ready now)' })
  succession(@CurrentScope() scope: RequestScope) {
    return this.reports.succession(scope);
  }

  @Get('stalled-plans')
  @ApiOperation({ summary: 'Career plans with no progress for `days` days' })
  stalled(@CurrentScope() scope: RequestScope, @Query() q: ReportQueryDto) {
    return this.reports.stalled(scope, q.days ?? 90);
  }
}
