import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';

// Identifiers are opaque but never hold a colon or white space (they are joined into keys).
const ID = /^[^:\s]+$/;

export class AgencyParamsDto {
  @ApiProperty({ example: 'pemkab-sleman' })
  @IsString()
  @Length(1, 100)
  @Matches(ID)
  agencyId!: string;
}

export class PageQueryDto {
  @ApiPropertyOptional({ example: 50, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ example: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  skip?: number;
}
