import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@jenjang/auth';
import { Idempotent } from '@jenjang/platform';
import { employeeOf } from '../shared/caller';
import { RecognitionInputDto, RecognitionQueryDto } from './dto/recognition.dto';
import { RecognitionService } from './recognition.service';

@ApiTags('recognitions')
@Controller({ path: 'recognitions', version: '1' })
export class RecognitionController {
  constructor(private readonly recognitions: RecognitionService) {}

  @Post()
  @Roles('ADMIN_INSTANSI')
  @Idempotent()
  @ApiOperation({
    summary: 'Record an award (penghargaan) or an innovation of a person',
    description: 'Shown with the succession pool and the promotion list (merit system).',
  })
  record(@CurrentPrincipal() principal: Principal, @Body() dto: RecognitionInputDto) {
    return this.recognitions.record(principal, dto);
  }

  @Get('me')
  @ApiOperation({ summary: 'Your recorded awards and innovations' })
  mine(@CurrentPrincipal() principal: Principal) {
    return this.recognitions.of(principal, employeeOf(principal));
  }

  @Get()
  @ApiOperation({ summary: "A person's awards and innovations (admins, analysts, the person)" })
  list(@CurrentPrincipal() principal: Principal, @Query() query: RecognitionQueryDto) {
    return this.recognitions.of(principal, query.employeeId);
  }
}
