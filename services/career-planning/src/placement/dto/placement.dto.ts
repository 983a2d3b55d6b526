import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsDateString,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Min,
} from 'class-validator';
import { EMPLOYMENT_TYPES, type EmploymentType } from '@jenjang/contracts';
import { ID_PATTERN } from '../../position/dto/position.dto';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class CreatePlacementDto {
  @ApiProperty({ example: 'c0a8e1f4-2d6b-4f39-8a1e-5b7c9d3e2f10' })
  @IsString()
  @Length(1, 120)
  @Matches(ID_PATTERN)
  employeeId!: string;

  /** A jabatan of your agency catalog. */
  @ApiProperty({ example: 'jab-kasi-yankes-rujukan' })
  @IsString()
  @Length(1, 120)
  positionId!: string;

  /** The direct superior (atasan langsung); omit at the top of the agency. */
  @ApiPropertyOptional({ example: '4e9f7a21-0b3c-4d58-a6e2-91c8b7d5f034', nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  superiorEmployeeId?: string | null;

  /**
   * PNS or PPPK (rank and promotion are for PNS; the JP rule differs). Omit: as the person's
   * previous placement in your agency said (none: not recorded, read as PNS).
   */
  @ApiPropertyOptional({ enum: EMPLOYMENT_TYPES, example: 'PNS' })
  @IsOptional()
  @IsIn(EMPLOYMENT_TYPES)
  employmentType?: EmploymentType;

  /** First day, YYYY-MM-DD (TMT of the SK). */
  @ApiProperty({ example: '2026-03-01' })
  @IsDateString({ strict: true })
  @Matches(DATE)
  validFrom!: string;

  /** Last day, YYYY-MM-DD; omit while it lasts. */
  @ApiPropertyOptional({ example: null, nullable: true })
  @IsOptional()
  @IsDateString({ strict: true })
  @Matches(DATE)
  validTo?: string | null;

  @ApiPropertyOptional({ example: '821.2/0142/2026' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  decreeNumber?: string;
}

export class EndPlacementDto {
  /** Last day, YYYY-MM-DD. */
  @ApiProperty({ example: '2026-12-31' })
  @IsDateString({ strict: true })
  @Matches(DATE)
  validTo!: string;

  @ApiProperty({ description: 'The revision you read (409 when it moved on)' })
  @IsInt()
  @Min(0)
  revision!: number;
}

export class PlacementListQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  employeeId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  unitId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  positionId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  superiorEmployeeId?: string;

  /** Only placements held on this day. */
  @ApiPropertyOptional({ example: '2026-06-30' })
  @IsOptional()
  @Matches(DATE)
  on?: string;
}
