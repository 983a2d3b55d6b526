import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Length, Min } from 'class-validator';
import { ORGANISATION_PREDIKATS, type OrganisationPredikat } from '../domain/curve';

export class SetOrganisationPredikatDto {
  /** Predikat kinerja organisasi: bounds the staff predikat of the unit for the year. */
  @ApiProperty({ enum: ORGANISATION_PREDIKATS, example: 'BAIK' })
  @IsIn(ORGANISATION_PREDIKATS)
  predikat!: OrganisationPredikat;

  /** The unit's name as reports show it; kept when left out. */
  @ApiPropertyOptional({ example: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  unitName?: string;

  /** Dasar penetapan: what the predikat rests on; kept when left out. */
  @ApiPropertyOptional({ example: 'LHE SAKIP 2025: nilai 78,4 (BB)' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  basis?: string;

  /** The revision you read; leave out (or 0) for the first predikat of the unit and year. */
  @ApiPropertyOptional({ example: 1 })
  @IsOptional()
  @IsInt()
  @Min(0)
  revision?: number;
}

export class OrganisationPredikatDto {
  @ApiProperty({ example: 'pemkab-sleman' }) agencyId!: string;
  @ApiProperty({ example: 'dinas-penanaman-modal-ptsp' }) unitId!: string;
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ enum: ORGANISATION_PREDIKATS, example: 'BAIK' }) predikat!: OrganisationPredikat;
  @ApiProperty({
    nullable: true,
    type: String,
    example: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
  })
  unitName!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'LHE SAKIP 2025: nilai 78,4 (BB)' })
  basis!: string | null;
  /** Send it back with the next change. */
  @ApiProperty({ example: 1 }) revision!: number;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}
