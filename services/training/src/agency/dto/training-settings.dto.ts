import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { JP_REQUIRED_MAX, JP_REQUIRED_MIN, PPPK_JP_MAX } from '../domain/settings';

export class AgencyParamsDto {
  @ApiProperty({ example: 'pemprov-diy-demo' })
  @IsString()
  @Length(1, 100)
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]*$/)
  agencyId!: string;
}

export class UpdateTrainingSettingsDto {
  /** The yearly JP minimum per PNS: at least 20 (PP 17/2020), more if the agency wants. */
  @ApiProperty({ minimum: JP_REQUIRED_MIN, maximum: JP_REQUIRED_MAX, example: 20 })
  @IsInt({ message: 'jpRequired must be a whole number' })
  @Min(JP_REQUIRED_MIN, { message: `jpRequired must be at least ${JP_REQUIRED_MIN}` })
  @Max(JP_REQUIRED_MAX, { message: `jpRequired must be at most ${JP_REQUIRED_MAX}` })
  jpRequired!: number;

  /**
   * The yearly JP figure for PPPK (PP 49/2018: at most 24 a year; not the PNS minimum): 0 means
   * no yearly target (no JP reminder). Leave out to keep the figure in force.
   */
  @ApiPropertyOptional({ minimum: 0, maximum: PPPK_JP_MAX, example: 0 })
  @IsOptional()
  @IsInt({ message: 'jpRequiredPppk must be a whole number' })
  @Min(0, { message: 'jpRequiredPppk cannot be negative' })
  @Max(PPPK_JP_MAX, { message: `jpRequiredPppk must be at most ${PPPK_JP_MAX}` })
  jpRequiredPppk?: number;

  /** Enrollment waits for the superior's approval (PENDING_APPROVAL) when true. */
  @ApiProperty({ example: true })
  @IsBoolean()
  approvalRequired!: boolean;

  /** The revision you read; leave out (or 0) while the agency still runs on the defaults. */
  @ApiPropertyOptional({ example: 2 })
  @IsOptional()
  @IsInt()
  @Min(0)
  revision?: number;
}

export class TrainingSettingsDto {
  @ApiProperty({ example: 'pemprov-diy-demo' }) agencyId!: string;
  @ApiProperty({ example: 20 }) jpRequired!: number;
  @ApiProperty({ example: 0 }) jpRequiredPppk!: number;
  @ApiProperty({ example: false }) approvalRequired!: boolean;
  @ApiProperty({ nullable: true, type: Number, example: 2 }) revision!: number | null;
  /** false while the defaults apply. */
  @ApiProperty({ example: true }) configured!: boolean;
  @ApiProperty({ nullable: true, type: Date }) updatedAt!: Date | null;
}
