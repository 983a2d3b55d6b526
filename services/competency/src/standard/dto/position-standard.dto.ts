import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  Allow,
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  Length,
  ValidateNested,
} from 'class-validator';
import { POSITION_GROUPS, type PositionGroup } from '@jenjang/contracts';

export class RequirementDto {
  /** A national code or one of the agency's technical codes. */
  @ApiProperty({ example: 'KERJA_SAMA' })
  @IsString()
  @Length(1, 64)
  code!: string;

  /** Required level, a whole number 1 to 5 (checked by the domain, which names the row). */
  @ApiProperty({ minimum: 1, maximum: 5, example: 3 })
  @Allow()
  requiredLevel!: unknown;
}

export class PutStandardDto {
  @ApiProperty({ example: 'Analis Kepegawaian Ahli Muda' })
  @IsString()
  @Length(1, 200)
  positionName!: string;

  @ApiProperty({ enum: POSITION_GROUPS })
  @IsIn(POSITION_GROUPS)
  positionGroup!: PositionGroup;

  @ApiProperty({ type: [RequirementDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => RequirementDto)
  requirements!: RequirementDto[];
}

export class ImportQueryDto {
  /** Check the file and say what would change, without writing anything. */
  @ApiPropertyOptional({ example: false })
  @IsOptional()
  @Transform(({ value }) => value === true || value === 'true')
  @IsBoolean()
  dryRun?: boolean;
}
