import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IgnoredOnWrite, SettingsDocumentDto } from '@jenjang/platform';

export class WebhookInputDto {
  /** HTTPS endpoint of the agency's system (http only for local development). */
  @ApiProperty({ example: 'https://simpeg.slemankab.go.id/hooks/jenjang' })
  @IsUrl({ require_tld: false, protocols: ['https', 'http'] })
  url!: string;

  /** Shared HMAC-SHA256 secret, at least 16 characters; leave out to keep the current one. */
  @ApiPropertyOptional({ example: 'c2VjcmV0LXNsZW1hbi0yMDI2' })
  @IsOptional()
  @IsString()
  @Length(16, 200)
  secret?: string;

  @ApiProperty({ example: true })
  @IsBoolean()
  enabled!: boolean;

  @ApiPropertyOptional({ readOnly: true, description: 'Answered by GET; ignored on PUT' })
  @IgnoredOnWrite()
  secretSet?: boolean;
}

export class NotificationSettingsInputDto extends SettingsDocumentDto {
  /** null removes the webhook. */
  @ApiProperty({ type: WebhookInputDto, nullable: true })
  @ValidateIf((_o, v) => v !== null)
  @IsObject()
  @ValidateNested()
  @Type(() => WebhookInputDto)
  webhook!: WebhookInputDto | null;

  /** The revision you read (GET); leave out to save over what is stored now. */
  @ApiPropertyOptional({ example: 2 })
  @IsOptional()
  @IsInt()
  @Min(0)
  revision?: number;
}
