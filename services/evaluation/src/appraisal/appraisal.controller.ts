import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@jenjang/auth';
import { CurrentScope, Idempotent, type RequestScope } from '@jenjang/platform';
import { AppraisalDecisionService } from './appraisal-decision.service';
import { AppraisalOpeningService } from './appraisal-opening.service';
import { AppraisalQueryService } from './appraisal-query.service';
import { AppraisalWorkService } from './appraisal-work.service';
import type { FeedbackAbout } from './appraisal.schema';
import {
  AppraisalListQueryDto,
  CorrectionDto,
  DecideObjectionDto,
  GiveFeedbackDto,
  ObjectDto,
  OpenAppraisalDto,
  RateDto,
  RecordRealisasiDto,
  RevisionDto,
} from './dto/appraisal-input.dto';
import { CurveOutlookDto } from './dto/curve-outlook.dto';

@ApiTags('appraisals')
@Controller({ path: 'appraisals', version: '1' })
export class AppraisalController {
  constructor(
    private readonly query: AppraisalQueryService,
    private readonly opening: AppraisalOpeningService,
    private readonly work: AppraisalWorkService,
    private readonly decisions: AppraisalDecisionService,
  ) {}

  @Post()
  @Roles('PEGAWAI')
  @Idempotent()
  @ApiOperation({ summary: 'Open the appraisal of a period of your approved SKP' })
  open(@CurrentScope() caller: RequestScope, @Body() dto: OpenAppraisalDto) {
    return this.opening.open(caller, dto.skpId, dto.period.kind, dto.period.index ?? null);
  }

  @Get()
  @ApiOperation({ summary: 'Appraisals you own, give or oversee; all of the agency for admins' })
  list(@CurrentScope() caller: RequestScope, @Query() query: AppraisalListQueryDto) {
    return this.query.list(caller, query);
  }

  @Get(':id')
  get(@CurrentScope() caller: RequestScope, @Param('id') id: string) {
    return this.query.get(caller, id);
  }

  @Get(':id/curve')
  @ApiOperation({
    summary:
      "The unit's distribution curve seen from this appraisal: counts, bounds, and what each predikat would do if set now (its penilai and atasan penilai, admins)",
  })
  @ApiOkResponse({ type: CurveOutlookDto })
  curve(@CurrentScope() caller: RequestScope, @Param('id') id: string) {
    return this.decisions.curve(caller, id);
  }

  @Get(':id/history')
  @ApiOperation({ summary: 'Audit trail: who changed what and when' })
  history(@CurrentScope() caller: RequestScope, @Param('id') id: string) {
    return this.query.history(caller, id);
  }

  @Put(':id/realisasi')
  @Roles('PEGAWAI')
  @ApiOperation({ summary: 'Record realisation against indicators, with evidence links' })
  realisasi(
    @CurrentScope() caller: RequestScope,
    @Param('id') id: string,
    @Body() dto: RecordRealisasiDto,
  ) {
    return this.work.recordRealisasi(caller, id, dto.revision, dto.entries);
  }

  @Post(':id/feedback')
  @Roles('PENILAI')
  @Idempotent()
  @ApiOperation({ summary: 'Give feedback on a work result or a BerAKHLAK value (umpan balik)' })
  feedback(
    @CurrentScope() caller: RequestScope,
    @Param('id') id: string,
    @Body() dto: GiveFeedbackDto,
  ) {
    const about: FeedbackAbout =
      dto.about.kind === 'HASIL_KERJA'
        ? { kind: 'HASIL_KERJA', hasilKerjaId: dto.about.hasilKerjaId! }
        : { kind: 'PERILAKU', value: dto.about.value! };
    return this.work.giveFeedback(caller, id, dto.revision, about, dto.text);
  }

  @Post(':id/rating')
  @Roles('PENILAI')
  @Idempotent()
  @ApiOperation({ summary: 'Rate hasil kerja and perilaku kerja' })
  rate(@CurrentScope() caller: RequestScope, @Param('id') id: string, @Body() dto: RateDto) {
    return this.work.rate(caller, id, dto.revision, {
      hasilKerja: (dto.ratingHasilKerja ?? dto.hasilKerja)!,
      perilakuKerja: (dto.ratingPerilakuKerja ?? dto.perilakuKerja)!,
      perilaku: dto.perilaku,
    });
  }

  @Post(':id/predikat')
  @Roles('PENILAI')
  @Idempotent()
  @ApiOperation({
    summary: 'Set the predikat (computed from the ratings; checked against the unit curve)',
  })
  predikat(
    @CurrentScope() caller: RequestScope,
    @Param('id') id: string,
    @Body() dto: RevisionDto,
  ) {
    return this.decisions.setPredikat(caller, id, dto.revision);
  }

  @Post(':id/accept')
  @Roles('PEGAWAI')
  @Idempotent()
  @ApiOperation({ summary: 'Accept the predikat without objection: the appraisal becomes FINAL' })
  accept(@CurrentScope() caller: RequestScope, @Param('id') id: string, @Body() dto: RevisionDto) {
    return this.decisions.accept(caller, id, dto.revision);
  }

  @Post(':id/objection')
  @Roles('PEGAWAI')
  @Idempotent()
  @ApiOperation({ summary: 'Object to the predikat within the window (keberatan)' })
  object(@CurrentScope() caller: RequestScope, @Param('id') id: string, @Body() dto: ObjectDto) {
    return this.decisions.object(caller, id, dto.revision, dto.reason);
  }

  @Post(':id/objection/decision')
  @Roles('ATASAN_PENILAI')
  @Idempotent()
  @ApiOperation({ summary: 'Decide the objection (atasan penilai); the appraisal becomes FINAL' })
  decide(
    @CurrentScope() caller: RequestScope,
    @Param('id') id: string,
    @Body() dto: DecideObjectionDto,
  ) {
    return this.decisions.decideObjection(caller, id, dto.revision, {
      type: 'DECIDE_OBJECTION',
      note: dto.note,
      hasilKerja: dto.ratingHasilKerja ?? dto.hasilKerja,
      perilakuKerja: dto.ratingPerilakuKerja ?? dto.perilakuKerja,
    });
  }

  @Post(':id/finalize')
  @Roles('PENILAI')
  @Idempotent()
  @ApiOperation({ summary: 'Finalize once the objection window has closed' })
  finalize(
    @CurrentScope() caller: RequestScope,
    @Param('id') id: string,
    @Body() dto: RevisionDto,
  ) {
    return this.decisions.finalize(caller, id, dto.revision);
  }

  @Post(':id/corrections')
  @Roles('PENILAI', 'ATASAN_PENILAI')
  @Idempotent()
  @ApiOperation({ summary: 'Correct a FINAL appraisal: a new linked version with its own event' })
  correct(
    @CurrentScope() caller: RequestScope,
    @Param('id') id: string,
    @Body() dto: CorrectionDto,
  ) {
    return this.opening.correct(caller, id, dto.reason);
  }
}
