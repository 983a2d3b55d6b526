import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsString,
  Min,
  ValidateNested,
  ValidateIf,
  IsOptional,
  IsDefined,
} from 'class-validator';
import { ASSESSMENT_SOURCES, type AssessmentSource } from '../domain/assessment-policy';
import { IgnoredOnWrite, SettingsDocumentDto } from '@jenjang/platform';

export class JpmBandDto {
  @ApiProperty({ enum: ['OPTIMAL', 'CUKUP_OPTIMAL', 'KURANG_OPTIMAL'] })
  @IsIn(['OPTIMAL', 'CUKUP_OPTIMAL', 'KURANG_OPTIMAL'])
  category!: 'OPTIMAL' | 'CUKUP_OPTIMAL' | 'KURANG_OPTIMAL';

  /** Lowest JPM (inclusive) of the band. */
  @ApiProperty({ example: 90 })
  @IsNumber()
  minPercent!: number;
}

export class JpmConfigDto {
  /** One band must start at 0. */
  @ApiProperty({ type: [JpmBandDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @ValidateNested({ each: true })
  @Type(() => JpmBandDto)
  bands!: JpmBandDto[];

  /** True (JPM-MIN-CAPPED): a surplus in one competency does not make up for another's gap. */
  @ApiProperty({ example: true })
  @IsBoolean()
  capSurplus!: boolean;

  /** COUNT_AS_ZERO: a required competency never assessed counts as 0; EXCLUDE: left out. */
  @ApiProperty({ enum: ['COUNT_AS_ZERO', 'EXCLUDE'] })
  @IsIn(['COUNT_AS_ZERO', 'EXCLUDE'])
  unassessed!: 'COUNT_AS_ZERO' | 'EXCLUDE';
}

export class CurrentLevelPolicyDto {
  /** Per source, 0 (not counted) to 10: higher wins within one assessment round. */
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    example: { ASSESSMENT_CENTER: 5, SUPERVISOR: 4, APPRAISAL_EVIDENCE: 3, TRAINING: 2, SELF: 1 },
  })
  @IsObject()
  precedence!: Partial<Record<AssessmentSource, number>>;

  /** Assessments within this many days of the newest one form one round. */
  @ApiProperty({ example: 90 })
  @IsInt()
  sameAgeDays!: number;

  /** Sources that never lift a level above the newest result of another source. */
  @ApiProperty({ enum: ASSESSMENT_SOURCES, isArray: true, example: ['SELF'] })
  @IsArray()
  @IsString({ each: true })
  cappedSources!: AssessmentSource[];
}

/** The settings as GET answers them, under `settings`. */
export class AssessmentSettingsValuesDto {
  @ApiProperty({ type: JpmConfigDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => JpmConfigDto)
  jpm!: JpmConfigDto;

  @ApiProperty({ type: CurrentLevelPolicyDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => CurrentLevelPolicyDto)
  currentLevel!: CurrentLevelPolicyDto;
}

/**
 * `jpm` and `currentLevel` at the top level, or the document GET answered sent back as it is
 * (values under `settings`; `formula`, `configured`, `agencyId`, `updatedAt` ignored).
 */
export class PutAssessmentSettingsDto extends SettingsDocumentDto {
  @ApiProperty({ type: JpmConfigDto })
  @ValidateIf((o: PutAssessmentSettingsDto) => o.settings === undefined)
  @IsDefined()
  @ValidateNested()
  @Type(() => JpmConfigDto)
  jpm?: JpmConfigDto;

  @ApiProperty({ type: CurrentLevelPolicyDto })
  @ValidateIf((o: PutAssessmentSettingsDto) => o.settings === undefined)
  @IsDefined()
  @ValidateNested()
  @Type(() => CurrentLevelPolicyDto)
  currentLevel?: CurrentLevelPolicyDto;

  /** The values as GET answers them; wins over `jpm` and `currentLevel` when both are sent. */
  @ApiPropertyOptional({ type: AssessmentSettingsValuesDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => AssessmentSettingsValuesDto)
  settings?: AssessmentSettingsValuesDto;

  @ApiPropertyOptional({ readOnly: true, description: 'Answered by GET; ignored on PUT' })
  @IgnoredOnWrite()
  formula?: string;

  /** The revision you read (0 while the agency runs on the defaults); 409 when stale. */
  @ApiProperty({ example: 0 })
  @IsInt()
  @Min(0)
  revision!: number;
}
