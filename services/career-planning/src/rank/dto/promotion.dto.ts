import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
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
import { PREDIKAT_ORDER, type Predikat } from '../../talent/domain/nine-box';

export class PeriodDayDto {
  @ApiProperty({ example: 4 })
  @IsInt()
  @Min(1)
  @Max(12)
  month!: number;

  @ApiProperty({ example: 1, description: '1-28, a day every year has' })
  @IsInt()
  @Min(1)
  @Max(28)
  day!: number;
}

export class ThresholdsDto {
  @ApiProperty({ example: 4 })
  @IsNumber()
  @Min(0)
  @Max(10)
  minYearsInRank!: number;

  @ApiProperty({ enum: PREDIKAT_ORDER, example: 'BAIK' })
  @IsIn(PREDIKAT_ORDER)
  minPredikat!: Predikat;

  @ApiProperty({ example: 2 })
  @IsInt()
  @Min(0)
  @Max(5)
  annualAppraisals!: number;

  @ApiProperty({ example: true })
  @IsBoolean()
  notAboveSuperior!: boolean;

  @ApiProperty({ example: true })
  @IsBoolean()
  noSanction!: boolean;

  @ApiProperty({ example: false })
  @IsBoolean()
  angkaKredit!: boolean;
}

export class KindsDto {
  @ApiProperty({ type: ThresholdsDto })
  @ValidateNested()
  @Type(() => ThresholdsDto)
  REGULER!: ThresholdsDto;

  @ApiProperty({ type: ThresholdsDto })
  @ValidateNested()
  @Type(() => ThresholdsDto)
  PILIHAN_STRUKTURAL!: ThresholdsDto;

  @ApiProperty({ type: ThresholdsDto })
  @ValidateNested()
  @Type(() => ThresholdsDto)
  PILIHAN_FUNGSIONAL!: ThresholdsDto;
}

export class TransparencyDto {
  /** People may read their own promotion eligibility. */
  @ApiProperty({ example: true })
  @IsBoolean()
  promotionEligibility!: boolean;

  /** People may read their own status in succession pools. */
  @ApiProperty({ example: false })
  @IsBoolean()
  successionPool!: boolean;
}

export class PromotionSettingsInputDto {
  @ApiProperty({ type: [PeriodDayDto] })
  @ArrayMinSize(1)
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => PeriodDayDto)
  periods!: PeriodDayDto[];

  @ApiProperty({ type: KindsDto })
  @ValidateNested()
  @Type(() => KindsDto)
  kinds!: KindsDto;

  @ApiProperty({ type: TransparencyDto })
  @ValidateNested()
  @Type(() => TransparencyDto)
  transparency!: TransparencyDto;

  /** The revision you read (0 while the defaults apply). */
  @ApiProperty({ example: 0 })
  @IsInt()
  @Min(0)
  revision!: number;
}

export class PromotionListQueryDto {
  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === 'true' ? true : value === 'false' ? false : value,
  )
  @IsBoolean()
  eligibleOnly?: boolean;
}

export class PromotionTeamQueryDto {
  /** A period date (YYYY-MM-DD); default: the nearest list already opened, else the next period. */
  @ApiPropertyOptional({ example: '2027-04-01' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'periodDate must be YYYY-MM-DD' })
  periodDate?: string;
}

export class PromotionDecisionDto {
  /** PROPOSED: the agency proposes the person for this period; NOT_PROPOSED: it does not. */
  @ApiProperty({ enum: ['PROPOSED', 'NOT_PROPOSED'] })
  @IsIn(['PROPOSED', 'NOT_PROPOSED'])
  status!: 'PROPOSED' | 'NOT_PROPOSED';

  /** Every decision is recorded with its reason (merit system). */
  @ApiProperty({ example: 'Memenuhi seluruh syarat; diusulkan ke BKN periode April.' })
  @IsString()
  @Length(5, 500)
  reason!: string;

  @ApiProperty({ example: 1 })
  @IsInt()
  @Min(1)
  revision!: number;
}
