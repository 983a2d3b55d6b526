import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { Roles } from '@jenjang/auth';
import { CurrentScope, Idempotent, type RequestScope } from '@jenjang/platform';
import { RecommendationDecisions } from './recommendation-decisions.service';

export class DeclineDto {
  @ApiPropertyOptional({ example: 'Sudah mengikuti pelatihan serupa di instansi lama.' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  reason?: string;
}

@ApiTags('recommendations')
@Controller({ version: '1' })
export class RecommendationController {
  constructor(private readonly decisions: RecommendationDecisions) {}

  @Get('recommendation-sets')
  @ApiOperation({
    summary:
      "Your recommendation sets; admins: of an employee, or all; a superior (today's org chart): of a team member",
  })
  list(@CurrentScope() caller: RequestScope, @Query('employeeId') employeeId?: string) {
    return this.decisions.list(caller, employeeId);
  }

  @Get('recommendation-sets/:id')
  @ApiOperation({ summary: 'A recommendation set with the reasons of each recommendation' })
  get(@CurrentScope() caller: RequestScope, @Param('id') id: string) {
    return this.decisions.get(caller, id);
  }

  @Post('recommendations/:id/accept')
  @Roles('PEGAWAI')
  @Idempotent()
  @ApiOperation({ summary: 'Accept a recommendation (then enroll in its session)' })
  accept(@CurrentScope() caller: RequestScope, @Param('id') id: string) {
    return this.decisions.decide(caller, id, 'ACCEPTED', null);
  }

  @Post('recommendations/:id/decline')
  @Roles('PEGAWAI')
  @Idempotent()
  @ApiOperation({ summary: 'Decline a recommendation, optionally saying why' })
  decline(@CurrentScope() caller: RequestScope, @Param('id') id: string, @Body() dto: DeclineDto) {
    return this.decisions.decide(caller, id, 'DECLINED', dto.reason ?? null);
  }

  @Get('agencies/:agencyId/reports/recommendation-uptake')
  @Roles('ADMIN_INSTANSI', 'ANALIS')
  @ApiParam({ name: 'agencyId', example: 'pemkab-sleman' })
  @ApiOperation({
    summary: 'How many recommendations were accepted, declined, expired or are open',
  })
  uptake(@CurrentScope() scope: RequestScope) {
    return this.decisions.uptake(scope);
  }
}
