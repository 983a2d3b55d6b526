import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@jenjang/auth';
import { CurrentScope, Idempotent, type RequestScope } from '@jenjang/platform';
import { CompleteDto, EnrollDto, SurveyDto } from './dto/enrollment.dto';
import { EnrollmentService } from './enrollment.service';

@ApiTags('enrollments')
@Controller({ path: 'enrollments', version: '1' })
export class EnrollmentController {
  constructor(private readonly enrollments: EnrollmentService) {}

  @Post()
  @Roles('PEGAWAI', 'ADMIN_INSTANSI')
  @Idempotent()
  @ApiOperation({
    summary: 'Enroll in a session (capacity, prerequisites, agency, approval checked)',
  })
  enroll(@CurrentScope() caller: RequestScope, @Body() dto: EnrollDto) {
    return this.enrollments.enroll(caller, dto);
  }

  @Get()
  list(
    @CurrentScope() caller: RequestScope,
    @Query('employeeId') employeeId?: string,
    @Query('status') status?: string,
  ) {
    return this.enrollments.list(caller, employeeId, status);
  }

  @Get(':id')
  get(@CurrentScope() caller: RequestScope, @Param('id') id: string) {
    return this.enrollments.get(caller, id);
  }

  @Post(':id/approve')
  @Roles('PENILAI', 'ADMIN_INSTANSI')
  @Idempotent()
  @ApiOperation({ summary: 'The superior approves a pending enrollment' })
  approve(@CurrentScope() caller: RequestScope, @Param('id') id: string) {
    return this.enrollments.decide(caller, id, true);
  }

  @Post(':id/reject')
  @Roles('PENILAI', 'ADMIN_INSTANSI')
  @Idempotent()
  reject(@CurrentScope() caller: RequestScope, @Param('id') id: string) {
    return this.enrollments.decide(caller, id, false);
  }

  @Post(':id/attend')
  @Roles('PEGAWAI', 'ADMIN_INSTANSI')
  @Idempotent()
  @ApiOperation({ summary: 'Mark the training as attended (from the day before it starts)' })
  attend(@CurrentScope() caller: RequestScope, @Param('id') id: string) {
    return this.enrollments.act(caller, id, 'ATTEND');
  }

  @Post(':id/cancel')
  @Roles('PEGAWAI', 'ADMIN_INSTANSI')
  @Idempotent()
  cancel(@CurrentScope() caller: RequestScope, @Param('id') id: string) {
    return this.enrollments.act(caller, id, 'CANCEL');
  }

  @Post(':id/complete')
  @Roles('ADMIN_INSTANSI')
  @Idempotent()
  @ApiOperation({ summary: 'Complete with a score or certificate; the JP count once' })
  complete(
    @CurrentScope() caller: RequestScope,
    @Param('id') id: string,
    @Body() dto: CompleteDto,
  ) {
    return this.enrollments.complete(caller, id, dto);
  }

  @Post(':id/survey')
  @Roles('PEGAWAI')
  @Idempotent()
  @ApiOperation({ summary: 'Kirkpatrick level 1: your reaction after completion' })
  survey(@CurrentScope() caller: RequestScope, @Param('id') id: string, @Body() dto: SurveyDto) {
    return this.enrollments.survey(caller, id, { ...dto, comment: dto.comment ?? null });
  }
}
