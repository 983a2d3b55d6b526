import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';

// Ids go into a composite document id (`agency:unit:year`), so they may not hold a colon.
const ID = /^[^:\s]+$/;

export class AgencyParamsDto {
  @ApiProperty({ example: 'pemkab-sleman' })
  @IsString()
  @Length(1, 100)
  @Matches(ID)
  agencyId!: string;
}

export class UnitYearParamsDto extends AgencyParamsDto {
  /** The unit (OPD / unit kerja) as the agency identifies it. */
  @ApiProperty({ example: 'dinas-penanaman-modal-ptsp' })
  @IsString()
  @Length(1, 100)
  @Matches(ID)
  unitId!: string;

  @ApiProperty({ example: 2026 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;
}

export class OrganisationPredikatQueryDto {
  @ApiPropertyOptional({ example: 2026 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}
