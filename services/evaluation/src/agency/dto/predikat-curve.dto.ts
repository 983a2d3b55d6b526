import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsNumber, IsObject, IsOptional, ValidateNested } from 'class-validator';

// The DTOs check the shape only (known keys, numbers); the ranges and min ≤ max are the
// domain's validateCurve, so that one answer lists every broken bound with its path.
const NUMBER = { allowNaN: false, allowInfinity: false } as const;

/** Bounds on the share (0..1) of the unit's appraised staff who may or must hold a predikat. */
export class ShareBoundDto {
  /** At most this share may hold the predikat (0.7 = 70%). */
  @ApiPropertyOptional({ minimum: 0, maximum: 1, example: 0.7 })
  @IsOptional()
  @IsNumber(NUMBER)
  maxShare?: number;

  /** At least this share must hold the predikat. */
  @ApiPropertyOptional({ minimum: 0, maximum: 1, example: 0.1 })
  @IsOptional()
  @IsNumber(NUMBER)
  minShare?: number;
}

function bound(): PropertyDecorator {
  return (target, key) => {
    ApiPropertyOptional({ type: ShareBoundDto })(target, key);
    IsOptional()(target, key);
    IsObject()(target, key);
    ValidateNested()(target, key);
    Type(() => ShareBoundDto)(target, key);
  };
}

/** Bounds per staff predikat (predikat kinerja pegawai); a predikat left out has no bound. */
export class CurveBoundsDto {
  @bound() SANGAT_BAIK?: ShareBoundDto;
  @bound() BAIK?: ShareBoundDto;
  @bound() BUTUH_PERBAIKAN?: ShareBoundDto;
  @bound() KURANG_MISCONDUCT?: ShareBoundDto;
  @bound() SANGAT_KURANG?: ShareBoundDto;
}

function bounds(example: object): PropertyDecorator {
  return (target, key) => {
    ApiPropertyOptional({
      type: CurveBoundsDto,
      example,
      description: 'Required; `{}` for no bound under this organisation predikat',
    })(target, key);
    IsOptional()(target, key);
    IsObject()(target, key);
    ValidateNested()(target, key);
    Type(() => CurveBoundsDto)(target, key);
  };
}

/**
 * The predikat distribution curve: for each predikat kinerja organisasi of a unit, the bounds on
 * its staff predikat. All five organisation predikat must be present.
 */
export class PredikatCurveDto {
  @bounds({ SANGAT_BAIK: { maxShare: 0.7 } }) ISTIMEWA?: CurveBoundsDto;
  @bounds({ SANGAT_BAIK: { maxShare: 0.5 } }) BAIK?: CurveBoundsDto;
  @bounds({ SANGAT_BAIK: { maxShare: 0.3 } }) BUTUH_PERBAIKAN?: CurveBoundsDto;
  @bounds({ SANGAT_BAIK: { maxShare: 0.1 } }) KURANG?: CurveBoundsDto;
  @bounds({ SANGAT_BAIK: { maxShare: 0 } }) SANGAT_KURANG?: CurveBoundsDto;
}
