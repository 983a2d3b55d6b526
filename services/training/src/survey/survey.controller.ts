import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@jenjang/auth';
import { NotFoundError } from '@jenjang/persistence';
import { Idempotent } from '@jenjang/platform';
import { AgencyParamsDto } from '../agency/dto/training-settings.dto';
import { SurveyAnswerDto, SurveyQueryDto, SurveySettingsDto } from './dto/survey.dto';
import { SurveyService } from './survey.service';

type P = Principal;

@ApiTags('training-surveys')
@Controller({ path: 'training-surveys', version: '1' })
export class SurveyController {
  constructor(private readonly surveys: SurveyService) {}

  @Get()
  @ApiOperation({
    summary: 'Your post-training surveys (admins: the agency, by respondent or programme)',
  })
  list(@CurrentPrincipal() p: P, @Query() q: SurveyQueryDto) {
    return this.surveys.list(p, q);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A survey with its questions and your answer versions' })
  get(@CurrentPrincipal() p: P, @Param('id') id: string) {
    return this.surveys.get(p, id);
  }

  @Post(':id/answers')
  @Roles('PEGAWAI', 'PENILAI', 'ATASAN_PENILAI')
  @Idempotent()
  @ApiOperation({
    summary: 'Answer (or correct your answer): each answer is a new version, never an overwrite',
  })
  answer(@CurrentPrincipal() p: P, @Param('id') id: string, @Body() dto: SurveyAnswerDto) {
    return this.surveys.answer(p, id, dto);
  }
}

const SETTINGS = { en: 'survey settings of agency', id: 'pengaturan survei instansi' };
const own = (p: P, agencyId: string) => {
  if (p.agencyId !== agencyId) throw new NotFoundError(SETTINGS, agencyId);
  return agencyId;
};

@ApiTags('agency')
@Controller({ path: 'agencies/:agencyId/survey-settings', version: '1' })
@Roles('ADMIN_INSTANSI')
export class SurveySettingsController {
  constructor(private readonly surveys: SurveyService) {}

  @Get()
  @ApiOperation({
    summary: 'Post-training survey settings: follow-up delay, reminders, level-3 questions',
  })
  get(@CurrentPrincipal() p: P, @Param() params: AgencyParamsDto) {
    return this.surveys.readSettings(own(p, params.agencyId));
  }

  @Put()
  @ApiOperation({ summary: "Replace the agency's survey settings (409 on a stale revision)" })
  put(@CurrentPrincipal() p: P, @Param() params: AgencyParamsDto, @Body() dto: SurveySettingsDto) {
    const { revision, ...values } = dto;
    return this.surveys.saveSettings(p, own(p, params.agencyId), values, revision);
  }
}
