import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ORGANISATION_PREDIKATS, type OrganisationPredikat } from '../../agency/domain/curve';
import { PREDIKATS, type Predikat } from '../../shared/domain/rating';

class CurveMessageDto {
  @ApiProperty({
    example:
      'Predikat organisasi Istimewa: paling banyak 70% Sangat Baik (7 dari 10 pegawai unit); …',
  })
  id!: string;
  @ApiProperty({
    example:
      'Organisation predikat Istimewa allows at most 70% Sangat Baik (7 of 10 staff in the unit); …',
  })
  en!: string;
}

class CurveBoundCountDto {
  @ApiProperty({ enum: PREDIKATS }) predikat!: Predikat;
  /** MAX: at most this share may hold the predikat; MIN: at least this share must. */
  @ApiProperty({ enum: ['MAX', 'MIN'] }) bound!: 'MAX' | 'MIN';
  /** The configured share, 0..1. */
  @ApiProperty({ example: 0.7 }) share!: number;
  /** The staff count the share allows (MAX, rounded down) or requires (MIN, rounded up). */
  @ApiProperty({ example: 7 }) limitCount!: number;
}

class PredikatOutlookDto {
  @ApiProperty({ enum: PREDIKATS }) predikat!: Predikat;
  /** Whether setting this predikat now keeps the unit within its curve. */
  @ApiProperty({ example: false }) ok!: boolean;
  /** When not: the bound it would break, as the refusal at set-predikat would say it. */
  @ApiPropertyOptional({
    type: CurveMessageDto,
    nullable: true,
    example: {
      id: 'Predikat organisasi Istimewa: paling banyak 70% Sangat Baik (7 dari 10 pegawai unit); …',
      en: 'Organisation predikat Istimewa allows at most 70% Sangat Baik (7 of 10 staff in the unit); …',
    },
  })
  message!: CurveMessageDto | null;
}

/** The unit's distribution curve seen from one appraisal (GET /appraisals/{id}/curve). */
export class CurveOutlookDto {
  @ApiProperty({ example: 'a6f1c2d4-…' }) appraisalId!: string;
  @ApiProperty({ example: 'dinkes' }) unitId!: string;
  /** Null until the agency sets the unit's predikat kinerja organisasi for the year. */
  @ApiPropertyOptional({ enum: ORGANISATION_PREDIKATS, nullable: true })
  organisationPredikat!: OrganisationPredikat | null;
  /** Staff the curve is judged against: the unit's headcount, at least those appraised. */
  @ApiProperty({ example: 10 }) unitSize!: number;
  /** Staff of the unit holding each predikat for the period, this appraisal left out. */
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    example: {
      SANGAT_BAIK: 2,
      BAIK: 5,
      BUTUH_PERBAIKAN: 0,
      KURANG_MISCONDUCT: 0,
      SANGAT_KURANG: 0,
    },
  })
  counts!: Record<Predikat, number>;
  @ApiProperty({ type: [CurveBoundCountDto] }) bounds!: CurveBoundCountDto[];
  @ApiProperty({ type: [PredikatOutlookDto] }) outlook!: PredikatOutlookDto[];
}
