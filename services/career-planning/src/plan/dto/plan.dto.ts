import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { STEP_KINDS, STEP_STATUSES, type StepKind, type StepStatus } from '../plan.schema';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class GoalInputDto {
  @ApiProperty({ example: 'Menjadi Kepala Seksi Pelayanan Rujukan' })
  @IsString()
  @Length(3, 500)
  text!: string;

  @ApiProperty({ enum: ['SHORT', 'LONG'], example: 'SHORT' })
  @IsIn(['SHORT', 'LONG'])
  horizon!: 'SHORT' | 'LONG';

  @ApiPropertyOptional({ example: 2027 })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  targetYear?: number;
}

export class TargetInputDto {
  @ApiProperty({ example: 'jab-kasi-rujukan' })
  @IsString()
  @Length(1, 120)
  positionId!: string;

  /** The agency of the position; your own when omitted. Another agency needs province scope. */
  @ApiPropertyOptional({ example: 'pemkab-sleman' })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  agencyId?: string;
}

export class PlanInputDto {
  @ApiProperty({ type: [GoalInputDto] })
  @ValidateNested({ each: true })
  @Type(() => GoalInputDto)
  @ArrayMaxSize(20)
  goals!: GoalInputDto[];

  @ApiProperty({ type: [TargetInputDto] })
  @ValidateNested({ each: true })
  @Type(() => TargetInputDto)
  @ArrayMaxSize(5)
  targets!: TargetInputDto[];

  @ApiProperty({ description: 'The revision you read (0 for a new plan)' })
  @IsInt()
  @Min(0)
  revision!: number;
}

export class StepInputDto {
  @ApiProperty({ enum: STEP_KINDS, example: 'TRAINING' })
  @IsIn(STEP_KINDS)
  kind!: StepKind;

  @ApiProperty({ example: 'Pelatihan Kepemimpinan Pengawas (PKP)' })
  @IsString()
  @Length(3, 300)
  title!: string;

  @ApiPropertyOptional({ description: 'The target this step leads to' })
  @IsOptional()
  @IsString()
  targetId?: string;

  @ApiProperty({ example: '2026-04-01' })
  @Matches(DATE)
  startDate!: string;

  @ApiProperty({ example: '2026-06-30' })
  @Matches(DATE)
  endDate!: string;

  /** For TRAINING: the program whose completion ticks the step. */
  @ApiPropertyOptional({ example: 'pemkab-sleman.pkp-2026' })
  @IsOptional()
  @IsString()
  programId?: string;

  @ApiPropertyOptional({ example: 'PENGAMBILAN_KEPUTUSAN' })
  @IsOptional()
  @IsString()
  competencyCode?: string;

  @ApiProperty()
  @IsInt()
  @Min(0)
  revision!: number;
}

export class StepUpdateDto {
  @ApiProperty({ enum: STEP_STATUSES, example: 'IN_PROGRESS' })
  @IsIn(STEP_STATUSES)
  status!: StepStatus;

  @ApiProperty()
  @IsInt()
  @Min(0)
  revision!: number;
}

export class CommentInputDto {
  @ApiProperty({ example: 'Setuju; prioritaskan PKP tahun ini.' })
  @IsString()
  @Length(1, 2000)
  text!: string;
}

export class AgreementInputDto {
  @ApiProperty({ description: 'The plan revision you read and agree with' })
  @IsInt()
  @Min(0)
  revision!: number;
}
