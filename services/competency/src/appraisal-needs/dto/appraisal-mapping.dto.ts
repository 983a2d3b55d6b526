import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsObject,
  IsString,
  Length,
  Min,
  ValidateNested,
} from 'class-validator';
import { BilingualTextDto } from '../../dictionary/dto/competency.dto';

export class MappingRuleDto {
  /** Competencies a weak rating points to (national or the agency's technical codes). */
  @ApiProperty({ type: [String], example: ['KERJA_SAMA'] })
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Length(1, 64, { each: true })
  competencyCodes!: string[];

  /** Why, shown to admins. */
  @ApiProperty({ type: BilingualTextDto })
  @ValidateNested()
  @Type(() => BilingualTextDto)
  rationale!: BilingualTextDto;
}

export class PutAppraisalMappingDto {
  /**
   * One rule per BerAKHLAK value (BERORIENTASI_PELAYANAN, AKUNTABEL, KOMPETEN, HARMONIS, LOYAL,
   * ADAPTIF, KOLABORATIF), applied when that value is rated DI_BAWAH_EKSPEKTASI.
   */
  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: '#/components/schemas/MappingRuleDto' },
  })
  @IsObject()
  perilaku!: Record<string, MappingRuleDto>;

  /** Perilaku kerja rated below expectations with no value named. */
  @ApiProperty({ type: MappingRuleDto })
  @ValidateNested()
  @Type(() => MappingRuleDto)
  perilakuKerjaOverall!: MappingRuleDto;

  /** Hasil kerja rated below expectations. */
  @ApiProperty({ type: MappingRuleDto })
  @ValidateNested()
  @Type(() => MappingRuleDto)
  hasilKerja!: MappingRuleDto;

  /** The revision you read (0 while the agency runs on the default); 409 when stale. */
  @ApiProperty({ example: 0 })
  @IsInt()
  @Min(0)
  revision!: number;
}
