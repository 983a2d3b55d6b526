import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@jenjang/auth';
import { Idempotent } from '@jenjang/platform';
import { employeeOf } from '../shared/caller';
import { RankInputDto, SanctionInputDto } from './dto/rank.dto';
import { RankService } from './rank.service';

@ApiTags('ranks')
@Controller({ path: 'ranks', version: '1' })
export class RankController {
  constructor(private readonly ranks: RankService) {}

  @Get('me')
  @ApiOperation({ summary: 'Your pangkat/golongan, its TMT and history' })
  me(@CurrentPrincipal() principal: Principal) {
    return this.ranks.get(principal, employeeOf(principal));
  }

  @Get(':employeeId')
  @ApiOperation({ summary: "A person's pangkat/golongan (admins, analysts, the person)" })
  get(@CurrentPrincipal() principal: Principal, @Param('employeeId') employeeId: string) {
    return this.ranks.get(principal, employeeId);
  }

  @Put(':employeeId')
  @Roles('ADMIN_INSTANSI')
  @ApiOperation({
    summary: 'Record a rank step (golongan and TMT) and the angka kredit; 409 on a stale revision',
  })
  set(
    @CurrentPrincipal() principal: Principal,
    @Param('employeeId') employeeId: string,
    @Body() dto: RankInputDto,
  ) {
    return this.ranks.set(principal, employeeId, dto);
  }

  @Post(':employeeId/sanctions')
  @Roles('ADMIN_INSTANSI')
  @Idempotent()
  @ApiOperation({ summary: 'Record a disciplinary sanction (hukuman disiplin) and its period' })
  sanction(
    @CurrentPrincipal() principal: Principal,
    @Param('employeeId') employeeId: string,
    @Body() dto: SanctionInputDto,
  ) {
    return this.ranks.addSanction(principal, employeeId, dto);
  }
}
