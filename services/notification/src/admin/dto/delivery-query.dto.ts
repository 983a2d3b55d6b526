import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { PageQueryDto } from '../../shared/params.dto';
import { CHANNELS, type Channel } from '../../rule/domain/rule';
import { DELIVERY_STATES, type DeliveryState } from '../../delivery/delivery.schema';

export class DeliveryQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: DELIVERY_STATES, example: 'FAILED' })
  @IsOptional()
  @IsIn(DELIVERY_STATES)
  state?: DeliveryState;

  @ApiPropertyOptional({ example: 'appraisal-feedback' })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9-]*$/)
  type?: string;

  @ApiPropertyOptional({ enum: CHANNELS, example: 'EMAIL' })
  @IsOptional()
  @IsIn(CHANNELS)
  channel?: Channel;

  @ApiPropertyOptional({ example: 'c0a8e1f4-2d6b-4f39-8a1e-5b7c9d3e2f10' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  recipientEmployeeId?: string;

  /** Created at or after (ISO date-time). */
  @ApiPropertyOptional({ example: '2026-01-01T00:00:00+07:00' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date;

  /** Created before (ISO date-time). */
  @ApiPropertyOptional({ example: '2026-02-01T00:00:00+07:00' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date;
}

export class DeliveryParamsDto {
  @ApiProperty({ example: 'pemkab-sleman' })
  @IsString()
  @Length(1, 100)
  @Matches(/^[^:\s]+$/)
  agencyId!: string;

  @ApiProperty({ example: 'ntf-5f0c2e7a9b14d8c3a6e1f2b7' })
  @IsString()
  @Length(1, 100)
  id!: string;
}
