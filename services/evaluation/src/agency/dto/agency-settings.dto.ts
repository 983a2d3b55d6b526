import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  Min,
  ValidateNested,
} from 'class-validator';
import { PERIOD_KINDS, type PeriodKind } from '@jenjang/contracts';
import { OBJECTION_WINDOW_MAX_DAYS, OBJECTION_WINDOW_MIN_DAYS } from '../domain/agency-settings';
import { PredikatCurveDto } from './predikat-curve.dto';
import { SettingsDocumentDto } from '@jenjang/platform';

export class UpdateAgencySettingsDto extends SettingsDocumentDto {
  /**
   * The periodic appraisal kinds the agency uses (BULANAN monthly, TRIWULANAN quarterly,
   * SEMESTERAN per semester), at least one; TAHUNAN (annual) is always held and may be sent.
   */
  @ApiProperty({ enum: PERIOD_KINDS, isArray: true, example: ['TRIWULANAN', 'TAHUNAN'] })
  @IsArray()
  @ArrayMaxSize(PERIOD_KINDS.length)
  @IsIn(PERIOD_KINDS, { each: true })
  periodKinds!: PeriodKind[];

  /** Days the pegawai has to file a keberatan (objection) after the predikat is set. */
  @ApiProperty({
    minimum: OBJECTION_WINDOW_MIN_DAYS,
    maximum: OBJECTION_WINDOW_MAX_DAYS,
    example: 14,
  })
  @IsInt()
  objectionWindowDays!: number;

  @ApiProperty({ type: PredikatCurveDto })
  @IsObject()
  @ValidateNested()
  @Type(() => PredikatCurveDto)
  curve!: PredikatCurveDto;

  /** The revision you read; leave out (or 0) while the agency still runs on the defaults. */
  @ApiPropertyOptional({ example: 3 })
  @IsOptional()
  @IsInt()
  @Min(0)
  revision?: number;
}

/** The evaluation settings in force for an agency. */
export class AgencySettingsDto {
  @ApiProperty({ example: 'pemkab-sleman' }) agencyId!: string;
  /** The periodic kinds in use plus TAHUNAN. */
  @ApiProperty({ enum: PERIOD_KINDS, isArray: true, example: ['TRIWULANAN', 'TAHUNAN'] })
  periodKinds!: PeriodKind[];
  @ApiProperty({ example: 14 }) objectionWindowDays!: number;
  @ApiProperty({ type: PredikatCurveDto }) curve!: PredikatCurveDto;
  /** Send it back with the next change; null while the defaults apply. */
  @ApiProperty({ nullable: true, type: Number, example: 3 }) revision!: number | null;
  /** false while the defaults apply, which the agency should confirm or change. */
  @ApiProperty({ example: true }) configured!: boolean;
  @ApiProperty({ nullable: true, type: Date }) updatedAt!: Date | null;
}
