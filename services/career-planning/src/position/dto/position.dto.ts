import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import {
  GRADE_MAX,
  GRADE_MIN,
  POSITION_GROUPS,
  type PositionGroup,
} from '../../shared/domain/position-ref';

export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:/-]*$/;

export class PositionInputDto {
  /** Unit kerja (OPD or its sub-unit) the position belongs to. */
  @ApiProperty({ example: 'pemkab-sleman.dinkes.yankes' })
  @IsString()
  @Length(1, 120)
  @Matches(ID_PATTERN)
  unitId!: string;

  @ApiProperty({ example: 'Kepala Seksi Pelayanan Kesehatan Rujukan' })
  @IsString()
  @Length(2, 300)
  name!: string;

  @ApiProperty({ enum: POSITION_GROUPS, example: 'PENGAWAS' })
  @IsIn(POSITION_GROUPS)
  group!: PositionGroup;

  /** Kelas jabatan (grade) 1–17. */
  @ApiProperty({ minimum: GRADE_MIN, maximum: GRADE_MAX, example: 9 })
  @IsInt()
  @Min(GRADE_MIN)
  @Max(GRADE_MAX)
  grade!: number;

  /** A key position (jabatan kunci) keeps a succession pool (KRS). */
  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  isKey?: boolean;

  /** Competency codes the post demands most: a rotation here develops them. */
  @ApiPropertyOptional({ type: [String], example: ['KERJA_SAMA', 'PELAYANAN_PUBLIK'] })
  @IsOptional()
  @IsString({ each: true })
  @Length(1, 64, { each: true })
  @ArrayMaxSize(30)
  competencies?: string[];

  /** The position this one reports to. */
  @ApiPropertyOptional({ example: 'jab-kabid-yankes', nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  parentPositionId?: string | null;
}

export class PositionListQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  unitId?: string;

  @ApiPropertyOptional({ enum: POSITION_GROUPS })
  @IsOptional()
  @IsIn(POSITION_GROUPS)
  group?: PositionGroup;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  grade?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(({ value }) => (value === undefined ? undefined : value === 'true' || value === true))
  @IsBoolean()
  isKey?: boolean;
}

export class PositionIdParamDto {
  @ApiProperty({ example: 'jab-kasi-yankes-rujukan' })
  @IsString()
  @Length(1, 120)
  @Matches(ID_PATTERN)
  positionId!: string;
}
