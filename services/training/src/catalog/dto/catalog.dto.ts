import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDateString,
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
import { BERAKHLAK_VALUES, TRAINING_FORMS } from '@jenjang/contracts';
import type { BerakhlakValue, TrainingForm } from '@jenjang/contracts';
import {
  AVAILABILITY,
  LEADERSHIP_LEVELS,
  PROVIDER_KINDS,
  type Availability,
  type LeadershipLevel,
  type ProviderKind,
} from '../domain/program';

const CODE = /^[a-z0-9][a-z0-9-]*$/;

export class ProviderDto {
  /** INTERNAL (own training unit), LAN, UNIVERSITAS (partner university) or LAINNYA. */
  @ApiProperty({ enum: PROVIDER_KINDS, example: 'INTERNAL' })
  @IsIn(PROVIDER_KINDS)
  kind!: ProviderKind;

  @ApiProperty({ example: 'BKPSDM Kabupaten Sleman' })
  @IsString()
  @Length(2, 200)
  name!: string;
}

export class DevelopedCompetencyDto {
  @ApiProperty({ example: 'KERJA_SAMA' })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/)
  @Length(1, 64)
  competencyCode!: string;

  @ApiPropertyOptional({ example: 'Kerja Sama' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  competencyName?: string;

  /** Level the program develops it to, 1-5. */
  @ApiProperty({ example: 2 })
  @IsInt()
  @Min(1)
  @Max(5)
  level!: number;

  /** Completion certifies the level (competency raises the assessed level). */
  @ApiProperty({ example: true })
  @IsBoolean()
  raisesAssessedLevel!: boolean;
}

export class ProgramInputDto {
  /** Short code, unique in your agency; the program id is `<agencyId>.<code>`. */
  @ApiProperty({ example: 'kerja-sama-lintas-unit' })
  @Matches(CODE, { message: 'code: lower-case letters, digits and dashes' })
  @Length(2, 80)
  code!: string;

  @ApiProperty({ example: 'Pelatihan Kerja Sama dan Kolaborasi Lintas Unit' })
  @IsString()
  @Length(3, 300)
  title!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(0, 3000)
  description?: string;

  @ApiProperty({ enum: TRAINING_FORMS, example: 'PELATIHAN_TEKNIS' })
  @IsIn(TRAINING_FORMS)
  form!: TrainingForm;

  @ApiProperty({ type: ProviderDto })
  @ValidateNested()
  @Type(() => ProviderDto)
  provider!: ProviderDto;

  /** JP (45-minute lesson hours) it counts; never negative. */
  @ApiProperty({ example: 16 })
  @IsNumber()
  @Min(0, { message: 'jp cannot be negative' })
  @Max(10000)
  jp!: number;

  @ApiProperty({ type: [DevelopedCompetencyDto] })
  @ValidateNested({ each: true })
  @Type(() => DevelopedCompetencyDto)
  @ArrayMaxSize(30)
  competencies!: DevelopedCompetencyDto[];

  @ApiProperty({ enum: BERAKHLAK_VALUES, isArray: true, example: ['KOLABORATIF'] })
  @IsIn(BERAKHLAK_VALUES, { each: true })
  @ArrayMaxSize(7)
  berakhlakValues!: BerakhlakValue[];

  /** Program ids the person must have completed first. */
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsString({ each: true })
  @ArrayMaxSize(10)
  prerequisites?: string[];

  /** OWN (your agency) or PROVINCE (every agency; ADMIN_PROVINSI only). */
  @ApiProperty({ enum: AVAILABILITY, example: 'OWN' })
  @IsIn(AVAILABILITY)
  availability!: Availability;

  @ApiPropertyOptional({ example: false })
  @IsOptional()
  @IsBoolean()
  selfPaced?: boolean;

  /**
   * For a leadership programme (form PELATIHAN_KEPEMIMPINAN): the position level it prepares
   * for (PKP: PENGAWAS, PKA: ADMINISTRATOR, PKN: JPT). Absent: read from the title.
   */
  @ApiPropertyOptional({ enum: LEADERSHIP_LEVELS, example: 'PENGAWAS' })
  @IsOptional()
  @IsIn(LEADERSHIP_LEVELS)
  leadershipLevel?: LeadershipLevel;

  @ApiPropertyOptional({ example: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class SessionInputDto {
  /** Short code of the batch (angkatan); the session id is `<programId>.<code>`. */
  @ApiProperty({ example: '2026-1' })
  @Matches(CODE)
  @Length(1, 40)
  code!: string;

  @ApiProperty({ example: '2026-02-16T08:00:00+07:00' })
  @IsDateString()
  startsAt!: string;

  @ApiProperty({ example: '2026-02-18T16:00:00+07:00' })
  @IsDateString()
  endsAt!: string;

  @ApiProperty({ example: 30 })
  @IsInt()
  @Min(1)
  @Max(10000)
  capacity!: number;

  @ApiPropertyOptional({ example: 'Aula BKPSDM Sleman' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  location?: string;

  @ApiPropertyOptional({ example: 'https://elearning.slemankab.go.id/course/12' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  link?: string;
}
