import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@jenjang/auth';
import { CurrentScope, Idempotent, type RequestScope } from '@jenjang/platform';
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
  record(@CurrentScope() caller: RequestScope, @Body() dto: RecognitionInputDto) {
    return this.recognitions.record(caller, dto);
  }

  @Get('me')
  @ApiOperation({ summary: 'Your recorded awards and innovations' })
  mine(@CurrentScope() caller: RequestScope) {
    return this.recognitions.of(caller, caller.self());
  }

  @Get()
  @ApiOperation({ summary: "A person's awards and innovations (admins, analysts, the person)" })
  list(@CurrentScope() caller: RequestScope, @Query() query: RecognitionQueryDto) {
    return this.recognitions.of(caller, query.employeeId);
  }
}
