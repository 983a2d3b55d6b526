import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { CurrentPrincipal, Roles, type Principal } from '@jenjang/auth';
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
@Controller({ path: 'reports', version: '1' })
@Roles('ADMIN_INSTANSI', 'ADMIN_PROVINSI', 'ANALIS')
export class ReportController {
  constructor(private readonly reports: ReportService) {}

  @Get('nine-box')
  @ApiOperation({ summary: '9-box distribution per unit (boxes[0] is box 1)' })
  nineBox(@CurrentPrincipal() principal: Principal, @Query() q: ReportQueryDto) {
    return this.reports.nineBox(principal, q.unitId);
  }

  @Get('succession-coverage')
  @ApiOperation({ summary: 'Key positions with a confirmed successor (and one ready now)' })
  succession(@CurrentPrincipal() principal: Principal) {
    return this.reports.succession(principal);
  }

  @Get('stalled-plans')
  @ApiOperation({ summary: 'Career plans with no progress for `days` days' })
  stalled(@CurrentPrincipal() principal: Principal, @Query() q: ReportQueryDto) {
    return this.reports.stalled(principal, q.days ?? 90);
  }
}
