import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@jenjang/auth';
import { CurrentScope, Idempotent, type RequestScope } from '@jenjang/platform';
import { CreateSkpDto, ReturnSkpDto, SkpActionDto, UpdateSkpDto } from './dto/skp-input.dto';
import { SkpListQueryDto } from './dto/skp-query.dto';
import { SkpDto } from './dto/skp.dto';
import { SkpService } from './skp.service';

@ApiTags('skp')
@Controller({ path: 'skp', version: '1' })
export class SkpController {
  constructor(private readonly skps: SkpService) {}

  @Post()
  @Roles('PEGAWAI')
  @Idempotent()
  @ApiOperation({ summary: 'Draft your SKP for a year (Sasaran Kinerja Pegawai)' })
  @ApiCreatedResponse({ type: SkpDto })
  create(@CurrentScope() caller: RequestScope, @Body() dto: CreateSkpDto) {
    return this.skps.create(caller, dto);
  }

  @Get()
  @ApiOperation({ summary: 'SKPs you own, appraise or oversee; all of the agency for admins' })
  @ApiOkResponse({ type: [SkpDto] })
  list(@CurrentScope() caller: RequestScope, @Query() query: SkpListQueryDto) {
    return this.skps.list(caller, query);
  }

  @Get(':id')
  @ApiOkResponse({ type: SkpDto })
  get(@CurrentScope() caller: RequestScope, @Param('id') id: string) {
    return this.skps.get(caller, id);
  }

  @Get(':id/history')
  @ApiOperation({ summary: 'Audit trail: who changed what and when' })
  history(@CurrentScope() caller: RequestScope, @Param('id') id: string) {
    return this.skps.history(caller, id);
  }

  @Put(':id')
  @Roles('PEGAWAI')
  @ApiOperation({ summary: 'Edit a draft, or revise a returned SKP' })
  @ApiOkResponse({ type: SkpDto })
  update(@CurrentScope() caller: RequestScope, @Param('id') id: string, @Body() dto: UpdateSkpDto) {
    return this.skps.update(caller, id, dto);
  }

  @Post(':id/submit')
  @Roles('PEGAWAI')
  @Idempotent()
  @ApiOperation({ summary: 'Submit the SKP to the penilai (DRAFT → DIAJUKAN)' })
  @ApiCreatedResponse({ type: SkpDto })
  submit(@CurrentScope() caller: RequestScope, @Param('id') id: string, @Body() dto: SkpActionDto) {
    return this.skps.act(caller, id, { type: 'SUBMIT' }, dto.revision);
  }

  @Post(':id/withdraw')
  @Roles('PEGAWAI')
  @Idempotent()
  @ApiOperation({ summary: 'Pull a submitted SKP back before the penilai acts (DIAJUKAN → DRAFT)' })
  @ApiCreatedResponse({ type: SkpDto })
  withdraw(
    @CurrentScope() caller: RequestScope,
    @Param('id') id: string,
    @Body() dto: SkpActionDto,
  ) {
    return this.skps.act(caller, id, { type: 'WITHDRAW' }, dto.revision);
  }

  @Post(':id/approve')
  @Roles('PENILAI')
  @Idempotent()
  @ApiOperation({ summary: 'Approve the SKP (DIAJUKAN → DISETUJUI); publishes skp-approved' })
  @ApiCreatedResponse({ type: SkpDto })
  approve(
    @CurrentScope() caller: RequestScope,
    @Param('id') id: string,
    @Body() dto: SkpActionDto,
  ) {
    return this.skps.act(caller, id, { type: 'APPROVE' }, dto.revision);
  }

  @Post(':id/return')
  @Roles('PENILAI')
  @Idempotent()
  @ApiOperation({ summary: 'Return the SKP with a reason (DIAJUKAN → DIKEMBALIKAN)' })
  @ApiCreatedResponse({ type: SkpDto })
  giveBack(
    @CurrentScope() caller: RequestScope,
    @Param('id') id: string,
    @Body() dto: ReturnSkpDto,
  ) {
    return this.skps.act(caller, id, { type: 'RETURN', reason: dto.reason }, dto.revision);
  }
}
