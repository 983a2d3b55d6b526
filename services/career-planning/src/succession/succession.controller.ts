import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsInt, IsString, Length, Min } from 'class-validator';
import { CurrentPrincipal, ROLES, Roles, type Principal } from '@jenjang/auth';
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
  list(@CurrentPrincipal() principal: Principal) {
    return this.succession.list(principal);
  }

  @Get('me')
  @Roles(...ROLES)
  @ApiOperation({
    summary: 'Your own status in the succession pools, with reasons and criteria',
    description: "Only where the agency's transparency setting allows it (403 otherwise).",
  })
  mine(@CurrentPrincipal() principal: Principal) {
    return this.succession.mine(principal);
  }

  @Get(':positionId')
  @ApiOperation({ summary: 'Candidates ranked by readiness, with the reasons' })
  get(@CurrentPrincipal() principal: Principal, @Param('positionId') positionId: string) {
    return this.succession.get(principal, positionId);
  }

  @Post(':positionId/refresh')
  @Roles('ADMIN_INSTANSI')
  @ApiOperation({
    summary: 'Recompute the pool: boxes of the agency settings (default 7-9), ranked by readiness',
  })
  refresh(@CurrentPrincipal() principal: Principal, @Param('positionId') positionId: string) {
    return this.succession.refresh(principal, positionId);
  }

  @Post(':positionId/candidates/:employeeId/confirm')
  @Roles('ADMIN_INSTANSI')
  confirm(
    @CurrentPrincipal() principal: Principal,
    @Param('positionId') positionId: string,
    @Param('employeeId') employeeId: string,
    @Body() dto: DecisionDto,
  ) {
    return this.succession.decide(
      principal,
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
    @CurrentPrincipal() principal: Principal,
    @Param('positionId') positionId: string,
    @Param('employeeId') employeeId: string,
    @Body() dto: DecisionDto,
  ) {
    return this.succession.decide(
      principal,
      positionId,
      employeeId,
      'REMOVED',
      dto.revision,
      dto.reason,
    );
  }
}
