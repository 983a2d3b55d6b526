import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
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
import { OBJECTION_CODES } from '../domain/rotation';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export class RotationQueryDto {
  @ApiPropertyOptional({ enum: ['PROPOSED', 'APPROVED', 'REJECTED'] })
  @IsOptional()
  @IsIn(['PROPOSED', 'APPROVED', 'REJECTED'])
  status?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 100)
  employeeId?: string;
}

class Revisioned {
  @ApiProperty({ description: 'The proposal revision you read' })
  @IsInt()
  @Min(1)
  revision!: number;
}

export class RotationAnswerDto extends Revisioned {
  @ApiProperty({ enum: ['AGREED', 'OBJECTED'] })
  @IsIn(['AGREED', 'OBJECTED'])
  answer!: 'AGREED' | 'OBJECTED';

  /** Required when objecting. */
  @ApiPropertyOptional({ enum: OBJECTION_CODES })
  @IsOptional()
  @IsIn(OBJECTION_CODES)
  objection?: (typeof OBJECTION_CODES)[number];

  @ApiPropertyOptional({ example: 'Merawat orang tua di dekat kantor sekarang' })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  reason?: string;

  /** Units the employee would rather go to. */
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  preferredUnitIds?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  note?: string;
}

export class RotationOpinionDto extends Revisioned {
  @ApiProperty({ description: 'Supports the rotation' })
  @IsBoolean()
  supports!: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  reason?: string;
}

export class RotationDecisionDto extends Revisioned {
  /** Every decision records its reason. */
  @ApiProperty({ example: 'Pegawai setuju; unit tujuan membutuhkan penguatan kerja sama.' })
  @IsString()
  @Length(3, 1000)
  reason!: string;

  /** Approval: the first day in the new post (YYYY-MM-DD). */
  @ApiPropertyOptional({ example: '2026-04-01' })
  @IsOptional()
  @Matches(DATE, { message: 'effectiveDate must be a date YYYY-MM-DD' })
  effectiveDate?: string;

  /** Approval: the direct superior in the new post, when known. */
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 100)
  superiorEmployeeId?: string;
}

export class RotationSettingsDto {
  /** Years in one post that open a rotation review (default 5). */
  @ApiProperty({ minimum: 1, maximum: 30, example: 5 })
  @IsInt()
  @Min(1)
  @Max(30)
  tenureYears!: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(1)
  revision?: number;
}
