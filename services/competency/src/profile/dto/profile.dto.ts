import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsDateString,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
} from 'class-validator';
import { ID } from '../../shared/params.dto';
import { ASSESSMENT_SOURCES, type AssessmentSource } from '../../settings/domain/assessment-policy';

export class AddAssessmentDto {
  /** A national code or one of the agency's technical codes. */
  @ApiProperty({ example: 'KERJA_SAMA' })
  @IsString()
  @Length(1, 64)
  competencyCode!: string;

  /** The assessed level, 1 to 5. */
  @ApiProperty({ minimum: 1, maximum: 5, example: 3 })
  @IsInt()
  @Min(1)
  @Max(5)
  level!: 1 | 2 | 3 | 4 | 5;

  /**
   * ASSESSMENT_CENTER, APPRAISAL_EVIDENCE and TRAINING: the agency HR unit; SUPERVISOR: the
   * penilai or atasan penilai; SELF: the person.
   */
  @ApiProperty({ enum: ASSESSMENT_SOURCES })
  @IsIn(ASSESSMENT_SOURCES)
  source!: AssessmentSource;

  /** When the person was assessed (ISO 8601 date or date-time), not when it is typed in. */
  @ApiProperty({ example: '2026-03-14' })
  @IsDateString()
  assessedAt!: string;

  @ApiPropertyOptional({ example: 'Assessment centre BKD DIY, batch 2' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  note?: string;
}

export class SetTargetDto {
  /** The target jabatan (it needs a standard in the agency); null clears the target. */
  @ApiProperty({ nullable: true, type: String, example: 'jab-kepala-bidang-mutasi' })
  @ValidateIf((o: SetTargetDto) => o.positionId !== null)
  @IsString()
  @Length(1, 100)
  @Matches(ID)
  positionId!: string | null;
}
