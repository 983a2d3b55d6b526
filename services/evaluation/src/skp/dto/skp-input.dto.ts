import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { BERAKHLAK_VALUES, type BerakhlakValue } from '../../shared/domain/rating';

const POSITION_GROUPS = ['JPT', 'ADMINISTRATOR', 'PENGAWAS', 'PELAKSANA', 'FUNGSIONAL'] as const;

export class IndicatorInputDto {
  /** What is measured, e.g. "Persentase layanan selesai tepat waktu". */
  @ApiProperty({ example: 'Persentase permohonan izin selesai dalam 5 hari kerja' })
  @IsString()
  @Length(3, 500)
  description!: string;

  /** The target, with its unit, e.g. "90%". */
  @ApiProperty({ example: '90%' })
  @IsString()
  @Length(1, 200)
  target!: string;
}

export class HasilKerjaInputDto {
  /** UTAMA (main) or TAMBAHAN (additional) work result. */
  @ApiProperty({ enum: ['UTAMA', 'TAMBAHAN'], example: 'UTAMA' })
  @IsIn(['UTAMA', 'TAMBAHAN'])
  kind!: 'UTAMA' | 'TAMBAHAN';

  @ApiProperty({ example: 'Terselenggaranya pelayanan perizinan yang cepat dan akuntabel' })
  @IsString()
  @Length(3, 1000)
  description!: string;

  @ApiProperty({ type: [IndicatorInputDto] })
  @ValidateNested({ each: true })
  @Type(() => IndicatorInputDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  indicators!: IndicatorInputDto[];
}

export class PerilakuInputDto {
  /** One of the seven BerAKHLAK core values. */
  @ApiProperty({ enum: BERAKHLAK_VALUES, example: 'BERORIENTASI_PELAYANAN' })
  @IsIn(BERAKHLAK_VALUES)
  value!: BerakhlakValue;

  /** Ekspektasi khusus pimpinan: the leader's specific expectation for this value. */
  @ApiPropertyOptional({ example: 'Menanggapi keluhan warga paling lambat 1x24 jam' })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  ekspektasiKhusus?: string;
}

export class PositionInputDto {
  @ApiProperty({ example: 'jab-analis-perizinan' })
  @IsString()
  @Length(1, 100)
  id!: string;

  @ApiProperty({ example: 'Analis Perizinan' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ enum: POSITION_GROUPS, example: 'FUNGSIONAL' })
  @IsIn(POSITION_GROUPS)
  group!: (typeof POSITION_GROUPS)[number];
}

/**
 * The editable content of an SKP. Unit, position, penilai and atasan penilai come from today's
 * org chart (career planning's placements); a value sent here must be the chart's (422 otherwise).
 */
export class SkpContentDto {
  /** Unit kerja: from your placement; optional, checked when sent. */
  @ApiPropertyOptional({ example: 'dpmptsp.perizinan' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  unitId?: string;

  /** Jabatan: from your placement; optional, checked when sent. */
  @ApiPropertyOptional({ type: PositionInputDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => PositionInputDto)
  position?: PositionInputDto;

  /** Pejabat penilai kinerja: your direct superior in the org chart; optional, checked when sent. */
  @ApiPropertyOptional({ example: 'emp-0002' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  penilaiId?: string;

  /** Atasan pejabat penilai (decides objections): your superior's superior; checked when sent. */
  @ApiPropertyOptional({ example: 'emp-0001' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  atasanPenilaiId?: string;

  @ApiProperty({ type: [HasilKerjaInputDto] })
  @ValidateNested({ each: true })
  @Type(() => HasilKerjaInputDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  hasilKerja!: HasilKerjaInputDto[];

  /** The seven BerAKHLAK values, each at most once; missing ones are added without expectation. */
  @ApiPropertyOptional({ type: [PerilakuInputDto] })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => PerilakuInputDto)
  @ArrayMaxSize(7)
  perilaku?: PerilakuInputDto[];
}

export class CreateSkpDto extends SkpContentDto {
  @ApiProperty({ example: 2026 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;
}

export class UpdateSkpDto extends SkpContentDto {
  /** The revision you edited; a newer one on the server means someone else changed it (409). */
  @ApiProperty({ example: 1 })
  @IsInt()
  @Min(1)
  revision!: number;
}

export class SkpActionDto {
  @ApiProperty({ example: 2, description: 'The revision the action applies to (409 if stale)' })
  @IsInt()
  @Min(1)
  revision!: number;
}

export class ReturnSkpDto extends SkpActionDto {
  /** Why the penilai returns the SKP; shown to the pegawai. */
  @ApiProperty({ example: 'Target indikator kedua belum terukur; mohon dinyatakan dalam persen.' })
  @IsString()
  @Length(3, 2000)
  reason!: string;
}
