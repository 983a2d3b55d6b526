import { ApiProperty } from '@nestjs/swagger';
import { STUCK_KINDS, type StuckKind } from '../domain/stuck';
import { BilingualTextDto, ReportPeriodDto } from './predikat-distribution.dto';

export class StuckItemDto {
  @ApiProperty({ enum: STUCK_KINDS, example: 'APPRAISAL_NOT_FINAL' }) kind!: StuckKind;
  @ApiProperty({ enum: ['SKP', 'APPRAISAL'], example: 'APPRAISAL' }) record!: 'SKP' | 'APPRAISAL';
  @ApiProperty({ example: '6f1c2a8e-3b7d-5e90-a1c4-2d8f6b0e9a13' }) id!: string;
  @ApiProperty({ example: 'c0a8e2f4-91b3-5d6e-8f7a-1b2c3d4e5f60' }) employeeId!: string;
  @ApiProperty({ example: 'dinkes' }) unitId!: string;
  @ApiProperty({ example: 'DINILAI' }) status!: string;
  @ApiProperty({ example: 2025 }) year!: number;
  @ApiProperty({ type: ReportPeriodDto, nullable: true }) period!: ReportPeriodDto | null;
  /** In this status at least since then: the last change, or when the objection was filed. */
  @ApiProperty({ example: '2026-01-12T03:00:00.000Z' }) since!: Date;
  @ApiProperty({ example: '2026-01-31T00:00:00.000Z' }) deadline!: Date;
  /** Whole days past the deadline, rounded up. */
  @ApiProperty({ example: 43 }) daysLate!: number;
}

export class StuckRulesDto {
  @ApiProperty({ example: 30 }) appraisalGraceDays!: number;
  @ApiProperty({ example: 30 }) keberatanDays!: number;
}

export class StuckKindCountDto {
  @ApiProperty({ enum: STUCK_KINDS, example: 'SKP_NOT_APPROVED' }) kind!: StuckKind;
  @ApiProperty({
    type: BilingualTextDto,
    example: {
      en: 'SKP not approved after the end of January of its year',
      id: 'SKP belum disetujui setelah akhir Januari tahun berjalan',
    },
  })
  description!: BilingualTextDto;
  @ApiProperty({ example: 12 }) count!: number;
}

export class StuckReportDto {
  @ApiProperty({ example: 'pemprov-diy-demo' }) agencyId!: string;
  @ApiProperty({ example: '2026-03-15T00:00:00.000Z' }) asOf!: Date;
  @ApiProperty({ type: StuckRulesDto }) rules!: StuckRulesDto;
  @ApiProperty({ type: [StuckKindCountDto] }) kinds!: StuckKindCountDto[];
  /** Items found; `items` holds at most `limit` of them. */
  @ApiProperty({ example: 31 }) total!: number;
  @ApiProperty({ example: false }) truncated!: boolean;
  @ApiProperty({ type: [StuckItemDto] }) items!: StuckItemDto[];
}
