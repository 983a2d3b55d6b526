import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@jenjang/auth';
import { CurrentScope, Idempotent, type RequestScope } from '@jenjang/platform';
import { RankInputDto, SanctionInputDto } from './dto/rank.dto';
import { RankService } from './rank.service';

@ApiTags('ranks')
@Controller({ path: 'ranks', version: '1' })
export class RankController {
  constructor(private readonly ranks: RankService) {}

  @Get('me')
  @ApiOperation({ summary: 'Your pangkat/golongan, its TMT and history' })
  me(@CurrentScope() caller: RequestScope) {
    return this.ranks.get(caller, caller.self());
  }

  @Get(':employeeId')
  @ApiOperation({ summary: "A person's pangkat/golongan (admins, analysts, the person)" })
  get(@CurrentScope() caller: RequestScope, @Param('employeeId') employeeId: string) {
    return this.ranks.get(caller, employeeId);
  }

  @Put(':employeeId')
  @Roles('ADMIN_INSTANSI')
  @ApiOperation({
    summary: 'Record a rank step (golongan and TMT) and the angka kredit; 409 on a stale revision',
  })
  set(
    @CurrentScope() caller: RequestScope,
    @Param('employeeId') employeeId: string,
    @Body() dto: RankInputDto,
  ) {
    return this.ranks.set(caller, employeeId, dto);
  }

  @Post(':employeeId/sanctions')
  @Roles('ADMIN_INSTANSI')
  @Idempotent()
  @ApiOperation({ summary: 'Record a disciplinary sanction (hukuman disiplin) and its period' })
  sanction(
    @CurrentScope() caller: RequestScope,
    @Param('employeeId') employeeId: string,
    @Body() dto: SanctionInputDto,
  ) {
    return this.ranks.addSanction(caller, employeeId, dto);
  }
}
