import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { GOLONGAN_CODES, type Golongan } from '../domain/golongan';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class RankInputDto {
  /** Pangkat/golongan ruang, I/a … IV/e. */
  @ApiProperty({ enum: GOLONGAN_CODES, example: 'III/b' })
  @IsIn(GOLONGAN_CODES)
  golongan!: Golongan;

  /** TMT (terhitung mulai tanggal) of the rank, YYYY-MM-DD. */
  @ApiProperty({ example: '2023-04-01' })
  @Matches(DATE, { message: 'tmt must be a date YYYY-MM-DD' })
  tmt!: string;

  @ApiPropertyOptional({ example: '823.3/0412/2023' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  decreeNumber?: string;

  /** Angka kredit of the latest PAK (functional posts). */
  @ApiPropertyOptional({ example: 98.5 })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(10_000)
  angkaKredit?: number;

  /** The angka kredit the next rank requires in the person's functional post. */
  @ApiPropertyOptional({ example: 100 })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(10_000)
  angkaKreditRequired?: number;

  /** The revision you read; 0 for a person with no rank on record. */
  @ApiProperty({ example: 0 })
  @IsInt()
  @Min(0)
  revision!: number;
}

export class SanctionInputDto {
  /** Tingkat hukuman disiplin (PP 94/2021). */
  @ApiProperty({ enum: ['RINGAN', 'SEDANG', 'BERAT'], example: 'SEDANG' })
  @IsIn(['RINGAN', 'SEDANG', 'BERAT'])
  level!: 'RINGAN' | 'SEDANG' | 'BERAT';

  @ApiProperty({ example: '2026-02-01' })
  @Matches(DATE, { message: 'from must be a date YYYY-MM-DD' })
  from!: string;

  /** Last day in force; leave out when open-ended. */
  @ApiPropertyOptional({ example: '2027-01-31' })
  @IsOptional()
  @Matches(DATE, { message: 'until must be a date YYYY-MM-DD' })
  until?: string;

  @ApiPropertyOptional({ example: '862/0033/2026' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  decreeNumber?: string;

  @ApiProperty({ description: 'The rank record revision you read', example: 1 })
  @IsInt()
  @Min(1)
  revision!: number;
}

export class ImportQueryDto {
  /** Validate only: the same checks and the same errors, nothing written. */
  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === 'true' ? true : value === 'false' ? false : value,
  )
  @IsBoolean()
  dryRun?: boolean;
}
