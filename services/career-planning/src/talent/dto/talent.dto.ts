import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { PREDIKAT_ORDER, type Predikat } from '../domain/nine-box';
import { POTENTIAL_SOURCES, type PotentialSource } from '../domain/talent-profile';
import { SettingsDocumentDto } from '@jenjang/platform';

export class ScaleDto {
  @ApiProperty({ example: 0 })
  @IsNumber()
  min!: number;

  @ApiProperty({ example: 100 })
  @IsNumber()
  max!: number;
}

export class PotentialInputDto {
  /** The score on its scale. */
  @ApiProperty({ example: 82.5 })
  @IsNumber()
  score!: number;

  @ApiProperty({ type: ScaleDto })
  @ValidateNested()
  @Type(() => ScaleDto)
  scale!: ScaleDto;

  /** Where the score comes from: assessment centre, uji kompetensi, a potential test, … */
  @ApiProperty({ enum: POTENTIAL_SOURCES, example: 'ASSESSMENT_CENTER' })
  @IsIn(POTENTIAL_SOURCES)
  source!: PotentialSource;

  /** Day of the assessment, YYYY-MM-DD. */
  @ApiProperty({ example: '2025-11-12' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  assessedOn!: string;

  @ApiPropertyOptional({ example: 'Asesmen UPT Penilaian Kompetensi BKD DIY' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  note?: string;
}

class KinerjaCutoffsDto {
  @ApiProperty({ enum: PREDIKAT_ORDER, example: 'BAIK' })
  @IsIn(PREDIKAT_ORDER)
  mediumFrom!: Predikat;

  @ApiProperty({ enum: PREDIKAT_ORDER, example: 'SANGAT_BAIK' })
  @IsIn(PREDIKAT_ORDER)
  highFrom!: Predikat;
}

class PotensiCutoffsDto {
  @ApiProperty({ example: 60, description: 'Percent of the scale, inclusive' })
  @IsNumber()
  @Min(0)
  @Max(100)
  mediumFromPercent!: number;

  @ApiProperty({ example: 80, description: 'Percent of the scale, inclusive' })
  @IsNumber()
  @Min(0)
  @Max(100)
  highFromPercent!: number;
}

class CutoffsDto {
  @ApiProperty({ type: KinerjaCutoffsDto })
  @ValidateNested()
  @Type(() => KinerjaCutoffsDto)
  kinerja!: KinerjaCutoffsDto;

  @ApiProperty({ type: PotensiCutoffsDto })
  @ValidateNested()
  @Type(() => PotensiCutoffsDto)
  potensi!: PotensiCutoffsDto;
}

export class TalentSettingsInputDto extends SettingsDocumentDto {
  @ApiProperty({ type: CutoffsDto })
  @ValidateNested()
  @Type(() => CutoffsDto)
  cutoffs!: CutoffsDto;

  /** Boxes whose people enter the succession pools (default 7, 8, 9). */
  @ApiProperty({ example: [7, 8, 9] })
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(9, { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(9)
  successionBoxes!: number[];

  @ApiProperty({ description: 'The revision you read; 0 before the first save' })
  @IsInt()
  @Min(0)
  revision!: number;
}
