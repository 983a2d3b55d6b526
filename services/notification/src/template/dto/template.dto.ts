import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { LANGUAGES, type Language } from '../domain/labels';
import { TEMPLATE_CHANNELS, type TemplateChannel } from '../domain/template';

export class TemplateInputDto {
  /** Title in the inbox and email subject; `{{field}}` variables of the event. */
  @ApiProperty({ example: 'Penilaian kinerja {{period.year}} Anda sudah final' })
  @IsString()
  @Length(1, 300)
  subject!: string;

  /** The text; `{{field|filter}}`, `{{#each list}}…{{/each}}`, `{{#if field=VALUE}}…{{/if}}`. */
  @ApiProperty({ example: 'Predikat kinerja Anda: {{predikat|predikat}}.\nRincian: {{link|url}}' })
  @IsString()
  @Length(1, 10_000)
  body!: string;
}

export class TemplateParamsDto {
  @ApiProperty({ example: 'pemkab-sleman' })
  @IsString()
  @Length(1, 100)
  @Matches(/^[^:\s]+$/)
  agencyId!: string;

  @ApiProperty({ example: 'appraisal-feedback' })
  @Matches(/^[a-z][a-z0-9-]*$/)
  @Length(1, 80)
  type!: string;

  @ApiProperty({ enum: LANGUAGES, example: 'id' })
  @IsIn(LANGUAGES)
  language!: Language;

  @ApiProperty({ enum: TEMPLATE_CHANNELS, example: 'IN_APP' })
  @IsIn(TEMPLATE_CHANNELS)
  channel!: TemplateChannel;
}

export class TemplateQueryDto {
  @ApiPropertyOptional({ example: 'appraisal-feedback' })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9-]*$/)
  type?: string;
}

export class TemplatePreviewDto {
  @ApiProperty({ example: 'appraisal-feedback' })
  type!: string;

  @ApiProperty({ enum: LANGUAGES, example: 'id' })
  language!: Language;

  @ApiProperty({ enum: TEMPLATE_CHANNELS, example: 'IN_APP' })
  channel!: TemplateChannel;

  /** The event whose contract example filled the variables. */
  @ApiProperty({ example: 'public.evaluation.appraisal-finalized.v1' })
  eventTopic!: string;

  @ApiProperty({ example: 'Penilaian kinerja 2025 Anda sudah final' })
  subject!: string;

  @ApiProperty({ example: 'Predikat kinerja Anda: Baik.' })
  body!: string;
}
