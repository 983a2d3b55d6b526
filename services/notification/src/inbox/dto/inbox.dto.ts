import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { PageQueryDto } from '../../shared/params.dto';

export const INBOX_FILTERS = ['ACTIVE', 'UNREAD', 'ARCHIVED'] as const;

export class InboxQueryDto extends PageQueryDto {
  /** ACTIVE (default: not archived), UNREAD, or ARCHIVED. */
  @ApiPropertyOptional({ enum: INBOX_FILTERS, example: 'UNREAD' })
  @IsOptional()
  @IsIn(INBOX_FILTERS)
  filter?: (typeof INBOX_FILTERS)[number];
}

export class InboxItemParamsDto {
  @ApiProperty({ example: 'ntf-5f0c2e7a9b14d8c3a6e1f2b7' })
  @IsString()
  @Length(1, 100)
  id!: string;
}
