import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { IMPORT_KINDS, IMPORT_STATUSES } from '../import.schema';

export class ImportQueryDto {
  /** Validate only: the same checks and the same errors, nothing written. */
  @ApiPropertyOptional({ default: false, example: true })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === 'true' ? true : value === 'false' ? false : value,
  )
  @IsBoolean()
  dryRun?: boolean;
}

class ImportActorDto {
  /** The user id of the token (`sub`), never a NIP. */
  @ApiProperty({ example: 'u-admin-bkpsdm' }) subject!: string;
  @ApiProperty({ example: ['ADMIN_INSTANSI'] }) roles!: string[];
}

/** What a dry run found: the file is valid and would make this many documents. */
export class DryRunResultDto {
  @ApiProperty({ enum: IMPORT_KINDS, example: 'SKP' }) kind!: string;
  @ApiProperty({ example: true }) dryRun!: boolean;
  /** Data rows in the file. */
  @ApiProperty({ example: 42 }) rows!: number;
  /** SKPs or final appraisals the import would write. */
  @ApiProperty({ example: 9 }) documents!: number;
  /** appraisal-finalized events it would publish. */
  @ApiProperty({ example: 0 }) events!: number;
}

/** One import into the agency: outcome and counts (no row content). */
export class ImportRecordDto {
  @ApiProperty({ example: '0b7e3c8a-3f52-4c1e-9f0a-6a2d1e9b7c41' }) id!: string;
  @ApiProperty({ example: 'pemkab-sleman' }) agencyId!: string;
  @ApiProperty({ enum: IMPORT_KINDS, example: 'FINAL_RESULT' }) kind!: string;
  /** RUNNING while writing; DONE; ROLLED_BACK when the write failed and was undone. */
  @ApiProperty({ enum: IMPORT_STATUSES, example: 'DONE' }) status!: string;
  @ApiProperty({ example: 120 }) rows!: number;
  @ApiProperty({ example: 120 }) documents!: number;
  @ApiProperty({ example: 120 }) events!: number;
  @ApiProperty({ type: ImportActorDto }) by!: ImportActorDto;
  @ApiProperty() startedAt!: Date;
  @ApiProperty({ nullable: true, type: Date }) finishedAt!: Date | null;
  /** Why it was rolled back: DUPLICATE, WRITE_FAILED or INTERRUPTED (the process died). */
  @ApiProperty({ nullable: true, type: String, example: null }) failure!: string | null;
}
