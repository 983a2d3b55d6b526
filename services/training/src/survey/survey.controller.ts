import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@jenjang/auth';
import { CurrentScope, Idempotent, type RequestScope } from '@jenjang/platform';
import { AgencyParamsDto } from '../agency/dto/training-settings.dto';
import { SurveyAnswerDto, SurveyQueryDto, SurveySettingsDto } from './dto/survey.dto';
import { SurveyService } from './survey.service';

@ApiTags('training-surveys')
@Controller({ path: 'training-surveys', version: '1' })
export class SurveyController {
  constructor(private readonly surveys: SurveyService) {}

  @Get()
  @ApiOperation({
    summary: 'Your post-training surveys (admins: the agency, by respondent or programme)',
  })
  list(@CurrentScope() caller: RequestScope, @Query() q: SurveyQueryDto) {
    return this.surveys.list(caller, q);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A survey with its questions and your answer versions' })
  get(@CurrentScope() caller: RequestScope, @Param('id') id: string) {
    return this.surveys.get(caller, id);
  }

  @Post(':id/answers')
  @Roles('PEGAWAI', 'PENILAI', 'ATASAN_PENILAI')
  @Idempotent()
  @ApiOperation({
    summary: 'Answer (or correct your answer): each answer is a new version, never an overwrite',
  })
  answer(
    @CurrentScope() caller: RequestScope,
    @Param('id') id: string,
    @Body() dto: SurveyAnswerDto,
  ) {
    return this.surveys.answer(caller, id, dto);
  }
}

@ApiTags('agency')
@Controller({ path: 'agencies/:agencyId/survey-settings', version: '1' })
@Roles('ADMIN_INSTANSI')
export class SurveySettingsController {
  constructor(private readonly surveys: SurveyService) {}

  @Get()
  @ApiOperation({
    summary: 'Post-training survey settings: follow-up delay, reminders, level-3 questions',
  })
  get(@CurrentScope() caller: RequestScope, @Param() _path: AgencyParamsDto) {
    return this.surveys.readSettings(caller.agencyId);
  }

  @Put()
  @ApiOperation({ summary: "Replace the agency's survey settings (409 on a stale revision)" })
  put(
    @CurrentScope() caller: RequestScope,
    @Param() _path: AgencyParamsDto,
    @Body() dto: SurveySettingsDto,
  ) {
    const { revision, ...values } = dto;
    return this.surveys.saveSettings(caller, values, revision);
  }
}
