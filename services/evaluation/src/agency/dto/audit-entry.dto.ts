import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

class AuditActorDto {
  /** The user id of the token (`sub`), never a NIP. */
  @ApiProperty({ example: 'u-admin-bkpsdm' }) subject!: string;
  @ApiProperty({ example: ['ADMIN_INSTANSI'] }) roles!: string[];
}

/** One change in the audit trail: who, when, what before and after (changed fields only). */
export class AuditEntryDto {
  @ApiProperty() at!: Date;
  @ApiProperty({ type: AuditActorDto }) by!: AuditActorDto;
  @ApiProperty({ example: 'agency-settings.updated' }) action!: string;
  @ApiPropertyOptional({ example: { objectionWindowDays: 14 } }) before?: unknown;
  @ApiPropertyOptional({ example: { objectionWindowDays: 21 } }) after?: unknown;
}
