import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SKP_STATUSES, type SkpStatus } from '../domain/skp-status';
import { HasilKerjaInputDto, PerilakuInputDto, PositionInputDto } from './skp-input.dto';

class IndicatorDto {
  @ApiProperty() id!: string;
  @ApiProperty() description!: string;
  @ApiProperty() target!: string;
}

class HasilKerjaDto extends HasilKerjaInputDto {
  @ApiProperty() id!: string;
  @ApiProperty({ type: [IndicatorDto] }) declare indicators: IndicatorDto[];
}

/** An SKP as the API returns it. */
export class SkpDto {
  @ApiProperty() id!: string;
  @ApiProperty() agencyId!: string;
  @ApiProperty() unitId!: string;
  @ApiProperty() employeeId!: string;
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ type: PositionInputDto }) position!: PositionInputDto;
  @ApiProperty() penilaiId!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) atasanPenilaiId!: string | null;
  @ApiProperty({ type: [HasilKerjaDto] }) hasilKerja!: HasilKerjaDto[];
  @ApiProperty({ type: [PerilakuInputDto] }) perilaku!: PerilakuInputDto[];
  @ApiProperty({ enum: SKP_STATUSES }) status!: SkpStatus;
  @ApiPropertyOptional({ nullable: true, type: String }) returnReason!: string | null;
  @ApiPropertyOptional({ nullable: true, type: Date }) approvedAt!: Date | null;
  /** Send it back with the next change; 409 if someone changed the SKP in between. */
  @ApiProperty() revision!: number;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}
