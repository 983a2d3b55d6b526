import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, Max, Min } from 'class-validator';
import { PERIOD_KINDS, type PeriodKind } from '../../appraisal/domain/period';

export class PredikatDistributionQueryDto {
  @ApiProperty({ example: 2025 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  /** The kind of period; the annual one (TAHUNAN) when left out. */
  @ApiPropertyOptional({ enum: PERIOD_KINDS, example: 'TAHUNAN', default: 'TAHUNAN' })
  @IsOptional()
  @IsIn(PERIOD_KINDS)
  periodKind?: PeriodKind;

  /** Month 1–12, quarter 1–4 or semester 1–2; left out for TAHUNAN. */
  @ApiPropertyOptional({ example: 3 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(12)
  periodIndex?: number;
}

export class StuckQueryDto {
  /** The moment to judge against (ISO 8601); now when left out. */
  @ApiPropertyOptional({ example: '2026-03-15T00:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true })
  asOf?: string;

  /** Days after a period's end by which its appraisal should be FINAL. */
  @ApiPropertyOptional({ example: 30, default: 30 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(366)
  appraisalGraceDays?: number;

  /** Days an objection (keberatan) may wait for the atasan penilai's decision. */
  @ApiPropertyOptional({ example: 30, default: 30 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(366)
  keberatanDays?: number;

  /** At most this many items, most late first; `total` counts them all. */
  @ApiPropertyOptional({ example: 500, default: 1000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(5000)
  limit?: number;
}
