import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { CurrentPrincipal, Roles, type Principal } from '@jenjang/auth';
import { DecisionDto } from '../succession/succession.controller';
import { RotationService } from './rotation.service';

export class RotationQueryDto {
  @ApiPropertyOptional({ enum: ['PROPOSED', 'APPROVED', 'REJECTED'] })
  @IsOptional()
  @IsIn(['PROPOSED', 'APPROVED', 'REJECTED'])
  status?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  employeeId?: string;
}

@ApiTags('rotation')
@Controller({ path: 'rotations', version: '1' })
@Roles('ADMIN_INSTANSI', 'ADMIN_PROVINSI', 'ANALIS')
export class RotationController {
  constructor(private readonly rotations: RotationService) {}

  @Post('propose')
  @Roles('ADMIN_INSTANSI')
  @ApiOperation({
    summary: 'Propose rotations for boxes 4, 7, 8 to same-grade posts that close a competency gap',
  })
  propose(@CurrentPrincipal() principal: Principal) {
    return this.rotations.propose(principal);
  }

  @Get()
  list(@CurrentPrincipal() principal: Principal, @Query() query: RotationQueryDto) {
    return this.rotations.list(principal, query);
  }

  @Post(':id/approve')
  @Roles('ADMIN_INSTANSI')
  @ApiOperation({ summary: "Approve: the rotation becomes a ROTATION step of the person's plan" })
  approve(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Body() dto: DecisionDto,
  ) {
    return this.rotations.approve(principal, id, dto.revision);
  }

  @Post(':id/reject')
  @Roles('ADMIN_INSTANSI')
  reject(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Body() dto: DecisionDto,
  ) {
    return this.rotations.reject(principal, id, dto.revision);
  }
}
