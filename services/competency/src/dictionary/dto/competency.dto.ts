import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDateString,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

export class BilingualTextDto {
  /** Bahasa Indonesia. */
  @ApiProperty({ example: 'Pengadaan Barang/Jasa' })
  @IsString()
  @Length(1, 2000)
  id!: string;

  /** English. */
  @ApiProperty({ example: 'Procurement of goods and services' })
  @IsString()
  @Length(1, 2000)
  en!: string;
}

export class LevelDescriptionDto {
  /** TERSEDIA with `text`, or BELUM_TERSEDIA with a `note` saying why the text is missing. */
  @ApiProperty({ enum: ['TERSEDIA', 'BELUM_TERSEDIA'] })
  @IsIn(['TERSEDIA', 'BELUM_TERSEDIA'])
  status!: 'TERSEDIA' | 'BELUM_TERSEDIA';

  @ApiPropertyOptional()
  @ValidateIf((o: LevelDescriptionDto) => o.status === 'TERSEDIA')
  @IsString()
  @Length(1, 4000)
  text?: string;

  @ApiPropertyOptional()
  @ValidateIf((o: LevelDescriptionDto) => o.status === 'BELUM_TERSEDIA')
  @IsString()
  @Length(1, 1000)
  note?: string;
}

export class LevelDto {
  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt()
  @Min(1)
  @Max(5)
  level!: 1 | 2 | 3 | 4 | 5;

  /** Short title of the level; null while unknown. */
  @ApiProperty({ nullable: true, type: String })
  @ValidateIf((o: LevelDto) => o.title !== null)
  @IsString()
  @Length(1, 500)
  title!: string | null;

  @ApiProperty({ type: LevelDescriptionDto })
  @IsObject()
  @ValidateNested()
  @Type(() => LevelDescriptionDto)
  description!: LevelDescriptionDto;
}

export class CreateCompetencyDto {
  /** Stable code, upper case (e.g. TK-PENGADAAN); never changes once used. */
  @ApiProperty({ example: 'TK-PENGADAAN' })
  @IsString()
  @Length(1, 64)
  code!: string;

  @ApiProperty({ type: BilingualTextDto })
  @ValidateNested()
  @Type(() => BilingualTextDto)
  name!: BilingualTextDto;

  @ApiProperty({ type: BilingualTextDto })
  @ValidateNested()
  @Type(() => BilingualTextDto)
  definition!: BilingualTextDto;

  /** Levels 1 to 5, each once, in order. */
  @ApiProperty({ type: [LevelDto] })
  @IsArray()
  @ArrayMinSize(5)
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => LevelDto)
  levels!: LevelDto[];

  /** When this version applies (ISO 8601); default now. */
  @ApiPropertyOptional({ example: '2026-01-01T00:00:00+07:00' })
  @IsOptional()
  @IsDateString()
  validFrom?: string;
}

export class LevelChangeDto {
  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt()
  @Min(1)
  @Max(5)
  level!: 1 | 2 | 3 | 4 | 5;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @ValidateIf((o: LevelChangeDto) => o.title !== null)
  @IsString()
  @Length(1, 500)
  title?: string | null;

  @ApiPropertyOptional({ type: LevelDescriptionDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => LevelDescriptionDto)
  description?: LevelDescriptionDto;
}

export class ReviseCompetencyDto {
  @ApiPropertyOptional({ type: BilingualTextDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => BilingualTextDto)
  name?: BilingualTextDto;

  @ApiPropertyOptional({ type: BilingualTextDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => BilingualTextDto)
  definition?: BilingualTextDto;

  /** Only the levels that change. */
  @ApiPropertyOptional({ type: [LevelChangeDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => LevelChangeDto)
  levels?: LevelChangeDto[];

  /** When the new version applies (ISO 8601), after the current one; default now. */
  @ApiPropertyOptional({ example: '2026-07-01T00:00:00+07:00' })
  @IsOptional()
  @IsDateString()
  validFrom?: string;
}

export class DictionaryQueryDto {
  /** The dictionary as it was at this instant (ISO 8601); default now. */
  @ApiPropertyOptional({ example: '2025-06-30T00:00:00+07:00' })
  @IsOptional()
  @IsDateString()
  at?: string;
}
