import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { CHANNELS, type Channel } from '../../rule/domain/rule';
import { LANGUAGES, type Language } from '../../template/domain/labels';
import { PageQueryDto } from '../../shared/params.dto';
import { TIME_ZONES, type TimeZone } from '../domain/recipient';

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const ID = /^[^:\s]+$/;

export class PreferenceDto {
  /** Notification type, e.g. `training-recommended`. */
  @ApiProperty({ example: 'training-recommended' })
  @IsString()
  @Matches(/^[a-z][a-z0-9-]*$/)
  type!: string;

  @ApiProperty({ enum: CHANNELS, example: 'EMAIL' })
  @IsIn(CHANNELS)
  channel!: Channel;

  /** false: opted out (mandatory notices still arrive). */
  @ApiProperty({ example: false })
  @IsBoolean()
  enabled!: boolean;
}

export class QuietHoursDto {
  /** Local time the quiet hours start, HH:MM. */
  @ApiProperty({ example: '21:00' })
  @Matches(HHMM, { message: 'start must be HH:MM' })
  start!: string;

  /** Local time they end (may be the next day), HH:MM. */
  @ApiProperty({ example: '06:00' })
  @Matches(HHMM, { message: 'end must be HH:MM' })
  end!: string;
}

/** What a person chooses for themselves. */
export class PreferencesDto {
  @ApiPropertyOptional({ enum: LANGUAGES, example: 'id' })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;

  @ApiPropertyOptional({ enum: TIME_ZONES, example: 'Asia/Jakarta' })
  @IsOptional()
  @IsIn(TIME_ZONES)
  timeZone?: TimeZone;

  @ApiPropertyOptional({ type: [PreferenceDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => PreferenceDto)
  preferences?: PreferenceDto[];

  /** Non-mandatory email waits until they end; null: none. */
  @ApiPropertyOptional({ type: QuietHoursDto, nullable: true })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @ValidateNested()
  @Type(() => QuietHoursDto)
  quietHours?: QuietHoursDto | null;

  /** Local time of one daily email gathering non-mandatory notices; null: one email each. */
  @ApiPropertyOptional({ example: '07:00', nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @Matches(HHMM, { message: 'digestAt must be HH:MM' })
  digestAt?: string | null;
}

/** An entry of the agency's directory, as an admin sets it. */
export class RecipientInputDto extends PreferencesDto {
  /** The person's name, as notices to their superior name them; null: not known. */
  @ApiPropertyOptional({ example: 'Rina Wulandari, S.Kep.', nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsString()
  @Length(1, 200)
  name?: string | null;

  @ApiPropertyOptional({ example: 'rina.wulandari@slemankab.go.id', nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsEmail()
  @Length(3, 254)
  email?: string | null;

  /** E.164, for a later SMS or WhatsApp channel. */
  @ApiPropertyOptional({ example: '+6281234567890', nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @Matches(/^\+[1-9]\d{7,14}$/, { message: 'phone must be E.164, e.g. +6281234567890' })
  phone?: string | null;

  @ApiPropertyOptional({ example: 'pemkab-sleman.dinkes', nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsString()
  @Length(1, 100)
  unitId?: string | null;

  /** Teams for team rules, e.g. TALENT_TEAM. */
  @ApiPropertyOptional({ example: ['TALENT_TEAM'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(/^[A-Z][A-Z0-9_]*$/, { each: true, message: 'teams must be UPPER_SNAKE names' })
  teams?: string[];
}

export class RecipientParamsDto {
  @ApiProperty({ example: 'pemkab-sleman' })
  @IsString()
  @Length(1, 100)
  @Matches(ID)
  agencyId!: string;

  @ApiProperty({ example: 'c0a8e1f4-2d6b-4f39-8a1e-5b7c9d3e2f10' })
  @IsString()
  @Length(1, 100)
  @Matches(ID)
  employeeId!: string;
}

export class RecipientQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'TALENT_TEAM' })
  @IsOptional()
  @Matches(/^[A-Z][A-Z0-9_]*$/)
  team?: string;

  @ApiPropertyOptional({ example: 'pemkab-sleman.dinkes' })
  @IsOptional()
  @IsString()
  unitId?: string;
}
