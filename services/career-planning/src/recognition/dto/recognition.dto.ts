import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import {
  RECOGNITION_KINDS,
  RECOGNITION_LEVELS,
  type RecognitionKind,
  type RecognitionLevel,
} from '../domain/recognition';

export class RecognitionInputDto {
  @ApiProperty({ example: 'emp-0101' })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,119}$/)
  employeeId!: string;

  /** PENGHARGAAN (an award) or INOVASI (an innovation adopted by the agency). */
  @ApiProperty({ enum: RECOGNITION_KINDS, example: 'INOVASI' })
  @IsIn(RECOGNITION_KINDS)
  kind!: RecognitionKind;

  @ApiProperty({ example: 'Rujukan daring puskesmas ke RSUD' })
  @IsString()
  @Length(3, 300)
  title!: string;

  @ApiProperty({ enum: RECOGNITION_LEVELS, example: 'PROVINSI' })
  @IsIn(RECOGNITION_LEVELS)
  level!: RecognitionLevel;

  /** Day it was granted, YYYY-MM-DD. */
  @ApiProperty({ example: '2025-11-10' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  awardedOn!: string;

  @ApiPropertyOptional({ example: 'Gubernur DIY' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  grantedBy?: string;

  @ApiPropertyOptional({ example: '800/1234/2025' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  decreeNumber?: string;
}

export class RecognitionQueryDto {
  @ApiProperty({ example: 'emp-0101' })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,119}$/)
  employeeId!: string;
}
