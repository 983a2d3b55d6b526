import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PERIOD_KINDS, type PeriodKind } from '../domain/period';
import {
  BERAKHLAK_VALUES,
  RATINGS,
  type BerakhlakValue,
  type Rating,
} from '../../shared/domain/rating';

export class RevisionDto {
  @ApiProperty({ example: 1, description: 'The revision the change applies to (409 if stale)' })
  @IsInt()
  @Min(1)
  revision!: number;
}

export class PeriodInputDto {
  @ApiProperty({ enum: PERIOD_KINDS, example: 'TRIWULANAN' })
  @IsIn(PERIOD_KINDS)
  kind!: PeriodKind;

  /** Month 1–12, quarter 1–4 or semester 1–2; omit (or null) for TAHUNAN. */
  @ApiPropertyOptional({ example: 1, nullable: true, type: Number })
  @ValidateIf((o: PeriodInputDto) => o.index !== null && o.index !== undefined)
  @IsInt()
  @Min(1)
  @Max(12)
  index?: number | null;
}

export class OpenAppraisalDto {
  @ApiProperty({ example: 'b51e0f42-8c3d-4a7b-9e15-6d2c4f8a1b90' })
  @IsString()
  @Length(1, 100)
  skpId!: string;

  @ApiProperty({ type: PeriodInputDto })
  @ValidateNested()
  @Type(() => PeriodInputDto)
  period!: PeriodInputDto;
}

export class RealisasiEntryDto {
  @ApiProperty()
  @IsString()
  @Length(1, 100)
  indicatorId!: string;

  /** What was achieved against the target, e.g. "93% (186 dari 200 permohonan)". */
  @ApiProperty({ example: '93% (186 dari 200 permohonan)' })
  @IsString()
  @Length(1, 2000)
  value!: string;

  /** Links to the bukti dukung (supporting evidence). */
  @ApiPropertyOptional({
    type: [String],
    example: ['https://drive.instansi.go.id/laporan-tw1.pdf'],
  })
  @IsOptional()
  @IsUrl({ require_protocol: true }, { each: true })
  @ArrayMaxSize(20)
  evidenceLinks?: string[];
}

export class RecordRealisasiDto extends RevisionDto {
  @ApiProperty({ type: [RealisasiEntryDto] })
  @ValidateNested({ each: true })
  @Type(() => RealisasiEntryDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  entries!: RealisasiEntryDto[];
}

export class FeedbackAboutDto {
  @ApiProperty({ enum: ['HASIL_KERJA', 'PERILAKU'] })
  @IsIn(['HASIL_KERJA', 'PERILAKU'])
  kind!: 'HASIL_KERJA' | 'PERILAKU';

  @ApiPropertyOptional({ description: 'With kind HASIL_KERJA' })
  @ValidateIf((o: FeedbackAboutDto) => o.kind === 'HASIL_KERJA')
  @IsString()
  @Length(1, 100)
  hasilKerjaId?: string;

  @ApiPropertyOptional({ enum: BERAKHLAK_VALUES, description: 'With kind PERILAKU' })
  @ValidateIf((o: FeedbackAboutDto) => o.kind === 'PERILAKU')
  @IsIn(BERAKHLAK_VALUES)
  value?: BerakhlakValue;
}

export class GiveFeedbackDto extends RevisionDto {
  @ApiProperty({ type: FeedbackAboutDto })
  @ValidateNested()
  @Type(() => FeedbackAboutDto)
  about!: FeedbackAboutDto;

  @ApiProperty({
    example: 'Rekap kunjungan sudah rapi; mohon dibagikan ke seksi lain sebelum rapat.',
  })
  @IsString()
  @Length(1, 2000)
  text!: string;
}

export class PerilakuRatingDto {
  @ApiProperty({ enum: BERAKHLAK_VALUES })
  @IsIn(BERAKHLAK_VALUES)
  value!: BerakhlakValue;

  @ApiPropertyOptional({ enum: RATINGS })
  @IsOptional()
  @IsIn(RATINGS)
  rating?: Rating;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  note?: string;
}

export class RateDto extends RevisionDto {
  /** Rating of hasil kerja (work results); `ratingHasilKerja` as in the events. */
  @ApiProperty({ enum: RATINGS, example: 'SESUAI_EKSPEKTASI' })
  @ValidateIf((o: RateDto) => o.hasilKerja === undefined)
  @IsIn(RATINGS)
  ratingHasilKerja?: Rating;

  /** Rating of perilaku kerja (behaviour, the BerAKHLAK values as a whole). */
  @ApiProperty({ enum: RATINGS, example: 'DI_ATAS_EKSPEKTASI' })
  @ValidateIf((o: RateDto) => o.perilakuKerja === undefined)
  @IsIn(RATINGS)
  ratingPerilakuKerja?: Rating;

  /** Deprecated: the former name of ratingHasilKerja, still accepted. */
  @ApiPropertyOptional({ enum: RATINGS, deprecated: true })
  @IsOptional()
  @IsIn(RATINGS)
  hasilKerja?: Rating;

  /** Deprecated: the former name of ratingPerilakuKerja, still accepted. */
  @ApiPropertyOptional({ enum: RATINGS, deprecated: true })
  @IsOptional()
  @IsIn(RATINGS)
  perilakuKerja?: Rating;

  /** Optional per-value ratings and notes. */
  @ApiPropertyOptional({ type: [PerilakuRatingDto] })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => PerilakuRatingDto)
  @ArrayMaxSize(7)
  perilaku?: PerilakuRatingDto[];
}

export class ObjectDto extends RevisionDto {
  /** Why the pegawai objects to the predikat (keberatan). */
  @ApiProperty({ example: 'Realisasi triwulan IV belum diperhitungkan.' })
  @IsString()
  @Length(3, 2000)
  reason!: string;
}

export class DecideObjectionDto extends RevisionDto {
  @ApiProperty({ example: 'Keberatan diterima sebagian; realisasi triwulan IV diperhitungkan.' })
  @IsString()
  @Length(3, 2000)
  note!: string;

  /** A new rating of hasil kerja when the objection is upheld (`ratingHasilKerja` in the events). */
  @ApiPropertyOptional({ enum: RATINGS })
  @IsOptional()
  @IsIn(RATINGS)
  ratingHasilKerja?: Rating;

  @ApiPropertyOptional({ enum: RATINGS })
  @IsOptional()
  @IsIn(RATINGS)
  ratingPerilakuKerja?: Rating;

  /** Deprecated: the former name of ratingHasilKerja, still accepted. */
  @ApiPropertyOptional({ enum: RATINGS, deprecated: true })
  @IsOptional()
  @IsIn(RATINGS)
  hasilKerja?: Rating;

  /** Deprecated: the former name of ratingPerilakuKerja, still accepted. */
  @ApiPropertyOptional({ enum: RATINGS, deprecated: true })
  @IsOptional()
  @IsIn(RATINGS)
  perilakuKerja?: Rating;
}

export class CorrectionDto {
  @ApiProperty({ example: 'Salah input realisasi indikator 2.' })
  @IsString()
  @Length(3, 2000)
  reason!: string;
}

export class AppraisalListQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 100) employeeId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 100) unitId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 40) status?: string;
  @ApiPropertyOptional({ example: 2026 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}
