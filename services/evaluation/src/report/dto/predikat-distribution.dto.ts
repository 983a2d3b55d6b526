import { ApiProperty } from '@nestjs/swagger';
import { ORGANISATION_PREDIKATS, type OrganisationPredikat } from '../../agency/domain/curve';
import { PERIOD_KINDS, type PeriodKind } from '../../appraisal/domain/period';
import { PREDIKATS, type Predikat } from '../../shared/domain/rating';

export class BilingualTextDto {
  @ApiProperty({ example: 'Sangat Baik' }) id!: string;
  @ApiProperty({ example: 'Outstanding' }) en!: string;
}

export class ReportPeriodDto {
  @ApiProperty({ enum: PERIOD_KINDS, example: 'TAHUNAN' }) kind!: PeriodKind;
  @ApiProperty({ example: 2025 }) year!: number;
  @ApiProperty({ nullable: true, type: Number, example: null }) index!: number | null;
  @ApiProperty({ example: '2025-01-01' }) startDate!: string;
  @ApiProperty({ example: '2025-12-31' }) endDate!: string;
}

export class PredikatShareDto {
  @ApiProperty({ enum: PREDIKATS, example: 'SANGAT_BAIK' }) predikat!: Predikat;
  @ApiProperty({ type: BilingualTextDto }) label!: BilingualTextDto;
  @ApiProperty({ example: 3 }) count!: number;
  /** count / unitSize (0..1). */
  @ApiProperty({ example: 0.15 }) share!: number;
}

export class CurveBoundDto {
  @ApiProperty({ enum: PREDIKATS, example: 'SANGAT_BAIK' }) predikat!: Predikat;
  @ApiProperty({ type: BilingualTextDto }) label!: BilingualTextDto;
  @ApiProperty({ enum: ['MAX', 'MIN'], example: 'MAX' }) bound!: 'MAX' | 'MIN';
  /** The configured share (0..1). */
  @ApiProperty({ example: 0.7 }) share!: number;
  /** Whole staff the share allows (MAX, rounded down) or requires (MIN, rounded up). */
  @ApiProperty({ example: 14 }) limitCount!: number;
}

export class CurveViolationDto extends CurveBoundDto {
  /** Staff holding the predikat (MAX), or the most who still could (MIN). */
  @ApiProperty({ example: 16 }) count!: number;
  @ApiProperty({
    type: BilingualTextDto,
    example: {
      en: 'Organisation predikat Istimewa allows at most 70% Sangat Baik (14 of 20 staff); the unit has 16 (80%).',
      id: 'Predikat organisasi Istimewa: paling banyak 70% Sangat Baik (14 dari 20 pegawai); unit ini memiliki 16 (80%).',
    },
  })
  message!: BilingualTextDto;
}

export class UnitDistributionDto {
  @ApiProperty({ example: 'dinkes' }) unitId!: string;
  /** Staff appraised in the unit for the period (newest correction each). */
  @ApiProperty({ example: 20 }) unitSize!: number;
  /** Of them, those whose predikat is set (PREDIKAT_DITETAPKAN, KEBERATAN or FINAL). */
  @ApiProperty({ example: 17 }) withPredikat!: number;
  @ApiProperty({ type: [PredikatShareDto] }) distribution!: PredikatShareDto[];
  @ApiProperty({ enum: ORGANISATION_PREDIKATS, nullable: true, example: 'ISTIMEWA' })
  organisationPredikat!: OrganisationPredikat | null;
  @ApiProperty({
    type: BilingualTextDto,
    nullable: true,
    example: { id: 'Istimewa', en: 'Outstanding' },
  })
  organisationPredikatLabel!: BilingualTextDto | null;
  @ApiProperty({ enum: ['OK', 'VIOLATED', 'NO_ORGANISATION_PREDIKAT'], example: 'OK' })
  curveStatus!: 'OK' | 'VIOLATED' | 'NO_ORGANISATION_PREDIKAT';
  /** The bounds the organisation predikat puts on the unit under the agency's curve. */
  @ApiProperty({ type: [CurveBoundDto] }) bounds!: CurveBoundDto[];
  @ApiProperty({ type: [CurveViolationDto] }) violations!: CurveViolationDto[];
}

export class DistributionTotalsDto {
  @ApiProperty({ example: 5 }) units!: number;
  @ApiProperty({ example: 0 }) unitsOffCurve!: number;
  @ApiProperty({ example: 100 }) unitSize!: number;
  @ApiProperty({ example: 96 }) withPredikat!: number;
}

export class PredikatDistributionReportDto {
  @ApiProperty({ example: 'pemprov-diy-demo' }) agencyId!: string;
  @ApiProperty({ type: ReportPeriodDto }) period!: ReportPeriodDto;
  /** false while the agency runs on the default curve. */
  @ApiProperty({ example: true }) curveConfigured!: boolean;
  @ApiProperty({ example: '2026-03-15T08:00:00.000Z' }) generatedAt!: Date;
  @ApiProperty({ type: DistributionTotalsDto }) totals!: DistributionTotalsDto;
  @ApiProperty({ type: [UnitDistributionDto] }) units!: UnitDistributionDto[];
}
