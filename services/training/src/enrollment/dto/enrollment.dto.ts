import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
} from 'class-validator';

export class EnrollDto {
  @ApiProperty({ example: 'pemkab-sleman.kerja-sama-lintas-unit.2026-1' })
  @IsString()
  @Length(1, 200)
  sessionId!: string;

  /** ADMIN_INSTANSI only: enroll this employee (others enroll themselves). */
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 100)
  employeeId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 200)
  unitId?: string;

  /** The recommendation this enrollment takes up. */
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 100)
  recommendationId?: string;
}

export class CompleteDto {
  /** Final score 0-100 (Kirkpatrick level 2), when the program is scored. */
  @ApiPropertyOptional({ example: 86.5 })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100)
  score?: number;

  @ApiPropertyOptional({ example: 'STTPP/BKPSDM-SLM/2026/0142' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  certificateNumber?: string;

  /** JP actually earned, when not the program's (never negative). */
  @ApiPropertyOptional({ example: 16 })
  @IsOptional()
  @IsNumber()
  @Min(0, { message: 'jp cannot be negative' })
  @Max(10000)
  jp?: number;
}

export class SurveyDto {
  /** How relevant to your work, 1-5. */
  @ApiProperty({ example: 4 })
  @IsInt()
  @Min(1)
  @Max(5)
  relevance!: number;

  /** How satisfied overall, 1-5. */
  @ApiProperty({ example: 5 })
  @IsInt()
  @Min(1)
  @Max(5)
  satisfaction!: number;

  @ApiProperty({ example: true })
  @IsBoolean()
  wouldRecommend!: boolean;

  /** Level 2 self-rating of what was learnt, 1-5 (optional). */
  @ApiPropertyOptional({ example: 4 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  learning?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  comment?: string;
}
