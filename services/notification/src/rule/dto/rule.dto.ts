import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsIn,
  IsObject,
  IsString,
  Length,
  Matches,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { CHANNELS, type Channel } from '../domain/rule';

export class BilingualTextDto {
  @ApiProperty({ example: 'Umpan balik penilaian kinerja' })
  @IsString()
  @Length(1, 500)
  id!: string;

  @ApiProperty({ example: 'Performance appraisal feedback' })
  @IsString()
  @Length(1, 500)
  en!: string;
}

export class AudienceDto {
  /** EVENT_FIELD: the employee id at `path` of the event; TEAM: the agency's `team` members. */
  @ApiProperty({ enum: ['EVENT_FIELD', 'TEAM'], example: 'EVENT_FIELD' })
  @IsIn(['EVENT_FIELD', 'TEAM'])
  kind!: 'EVENT_FIELD' | 'TEAM';

  @ApiProperty({ required: false, example: 'employeeId' })
  @ValidateIf((o: AudienceDto) => o.kind === 'EVENT_FIELD')
  @Matches(/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/)
  path?: string;

  @ApiProperty({ required: false, example: 'TALENT_TEAM' })
  @ValidateIf((o: AudienceDto) => o.kind === 'TEAM')
  @Matches(/^[A-Z][A-Z0-9_]*$/)
  team?: string;
}

/** The agency's version of a rule (or a new rule of its own). */
export class RuleInputDto {
  @ApiProperty({ example: 'public.evaluation.appraisal-finalized.v1' })
  @IsString()
  @Length(1, 200)
  eventTopic!: string;

  @ApiProperty({ type: AudienceDto })
  @IsObject()
  @ValidateNested()
  @Type(() => AudienceDto)
  audience!: AudienceDto;

  /** Mandatory notices ignore opt-outs, quiet hours and the digest. */
  @ApiProperty({ example: true })
  @IsBoolean()
  mandatory!: boolean;

  @ApiProperty({ enum: CHANNELS, isArray: true, example: ['IN_APP', 'EMAIL'] })
  @ArrayMinSize(1)
  @ArrayMaxSize(CHANNELS.length)
  @ArrayUnique()
  @IsIn(CHANNELS, { each: true })
  channels!: Channel[];

  @ApiProperty({ example: true })
  @IsBoolean()
  enabled!: boolean;

  @ApiProperty({ type: BilingualTextDto })
  @IsObject()
  @ValidateNested()
  @Type(() => BilingualTextDto)
  description!: BilingualTextDto;
}

export class RuleParamsDto {
  @ApiProperty({ example: 'pemkab-sleman' })
  @IsString()
  @Length(1, 100)
  @Matches(/^[^:\s]+$/)
  agencyId!: string;

  @ApiProperty({ example: 'appraisal-feedback' })
  @Matches(/^[a-z][a-z0-9-]*$/)
  @Length(1, 80)
  type!: string;
}
