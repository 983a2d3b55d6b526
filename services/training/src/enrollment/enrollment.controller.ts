import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@jenjang/auth';
import { Idempotent } from '@jenjang/platform';
import { CompleteDto, EnrollDto, SurveyDto } from './dto/enrollment.dto';
import { EnrollmentService } from './enrollment.service';

type P = Principal;

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
  enroll(@CurrentPrincipal() p: P, @Body() dto: EnrollDto) {
    return this.enrollments.enroll(p, dto);
  }

  @Get()
  list(
    @CurrentPrincipal() p: P,
    @Query('employeeId') employeeId?: string,
    @Query('status') status?: string,
  ) {
    return this.enrollments.list(p, employeeId, status);
  }

  @Get(':id')
  get(@CurrentPrincipal() p: P, @Param('id') id: string) {
    return this.enrollments.get(p, id);
  }

  @Post(':id/approve')
  @Roles('PENILAI', 'ADMIN_INSTANSI')
  @Idempotent()
  @ApiOperation({ summary: 'The superior approves a pending enrollment' })
  approve(@CurrentPrincipal() p: P, @Param('id') id: string) {
    return this.enrollments.decide(p, id, true);
  }

  @Post(':id/reject')
  @Roles('PENILAI', 'ADMIN_INSTANSI')
  @Idempotent()
  reject(@CurrentPrincipal() p: P, @Param('id') id: string) {
    return this.enrollments.decide(p, id, false);
  }

  @Post(':id/attend')
  @Roles('PEGAWAI', 'ADMIN_INSTANSI')
  @Idempotent()
  @ApiOperation({ summary: 'Mark the training as attended (from the day before it starts)' })
  attend(@CurrentPrincipal() p: P, @Param('id') id: string) {
    return this.enrollments.act(p, id, 'ATTEND');
  }

  @Post(':id/cancel')
  @Roles('PEGAWAI', 'ADMIN_INSTANSI')
  @Idempotent()
  cancel(@CurrentPrincipal() p: P, @Param('id') id: string) {
    return this.enrollments.act(p, id, 'CANCEL');
  }

  @Post(':id/complete')
  @Roles('ADMIN_INSTANSI')
  @Idempotent()
  @ApiOperation({ summary: 'Complete with a score or certificate; the JP count once' })
  complete(@CurrentPrincipal() p: P, @Param('id') id: string, @Body() dto: CompleteDto) {
    return this.enrollments.complete(p, id, dto);
  }

  @Post(':id/survey')
  @Roles('PEGAWAI')
  @Idempotent()
  @ApiOperation({ summary: 'Kirkpatrick level 1: your reaction after completion' })
  survey(@CurrentPrincipal() p: P, @Param('id') id: string, @Body() dto: SurveyDto) {
    return this.enrollments.survey(p, id, { ...dto, comment: dto.comment ?? null });
  }
}
