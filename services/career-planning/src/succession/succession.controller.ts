import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsInt, IsString, Length, Min } from 'class-validator';
import { ROLES, Roles } from '@jenjang/auth';
import { CurrentScope, type RequestScope } from '@jenjang/platform';
import { SuccessionService } from './succession.service';

export class DecisionDto {
  @ApiProperty({ description: 'The pool revision you read' })
  @IsInt()
  @Min(0)
  revision!: number;

  /** Every decision is recorded with its reason (merit system). */
  @ApiProperty({ example: 'Mutasi ke instansi lain' })
  @IsString()
  @Length(3, 500)
  reason!: string;
}

@ApiTags('succession')
@Controller({ path: 'succession-pools', version: '1' })
@Roles('ADMIN_INSTANSI', 'ADMIN_PROVINSI', 'ANALIS')
export class SuccessionController {
  constructor(private readonly succession: SuccessionService) {}

  @Get()
  @ApiOperation({ summary: 'Succession pools (KRS) of the key positions' })
  list(@CurrentScope() caller: RequestScope) {
    return this.succession.list(caller);
  }

  @Get('me')
  @Roles(...ROLES)
  @ApiOperation({
    summary: 'Your own status in the succession pools, with reasons and criteria',
    description: "Only where the agency's transparency setting allows it (403 otherwise).",
  })
  mine(@CurrentScope() caller: RequestScope) {
    return this.succession.mine(caller);
  }

  @Get(':positionId')
  @ApiOperation({ summary: 'Candidates ranked by readiness, with the reasons' })
  get(@CurrentScope() caller: RequestScope, @Param('positionId') positionId: string) {
    return this.succession.get(caller, positionId);
  }

  @Post(':positionId/refresh')
  @Roles('ADMIN_INSTANSI')
  @ApiOperation({
    summary: 'Recompute the pool: boxes of the agency settings (default 7-9), ranked by readiness',
  })
  refresh(@CurrentScope() caller: RequestScope, @Param('positionId') positionId: string) {
    return this.succession.refresh(caller, positionId);
  }

  @Post(':positionId/candidates/:employeeId/confirm')
  @Roles('ADMIN_INSTANSI')
  confirm(
    @CurrentScope() caller: RequestScope,
    @Param('positionId') positionId: string,
    @Param('employeeId') employeeId: string,
    @Body() dto: DecisionDto,
  ) {
    return this.succession.decide(
      caller,
      positionId,
      employeeId,
      'CONFIRMED',
      dto.revision,
      dto.reason,
    );
  }

  @Post(':positionId/candidates/:employeeId/remove')
  @Roles('ADMIN_INSTANSI')
  remove(
    @CurrentScope() caller: RequestScope,
    @Param('positionId') positionId: string,
    @Param('employeeId') employeeId: string,
    @Body() dto: DecisionDto,
  ) {
    return this.succession.decide(
      caller,
      positionId,
      employeeId,
      'REMOVED',
      dto.revision,
      dto.reason,
    );
  }
}
