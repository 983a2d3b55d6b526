import { DomainError } from '@jenjang/domain-kernel';
import { PREDIKATS } from '../../shared/domain/rating';
import type { FieldError } from '../../shared/domain/field-error';
import { EPSILON, ORGANISATION_PREDIKATS, type CurveBounds, type PredikatCurve } from './curve';

/** Field-level errors of a curve an agency configures; empty when the curve is usable. */
export function validateCurve(curve: PredikatCurve, path = 'curve'): FieldError[] {
  const errors: FieldError[] = [];
  for (const org of ORGANISATION_PREDIKATS) {
    const bounds = curve[org] as CurveBounds | undefined;
    if (bounds === undefined) {
      errors.push(fieldError(`${path}.${org}`, 'is missing', 'belum diisi'));
      continue;
    }
    let minSum = 0;
    for (const predikat of PREDIKATS) {
      const { maxShare, minShare } = bounds[predikat] ?? {};
      const at = `${path}.${org}.${predikat}`;
      for (const [name, share] of [
        ['maxShare', maxShare],
        ['minShare', minShare],
      ] as const) {
        if (share !== undefined && !(Number.isFinite(share) && share >= 0 && share <= 1)) {
          errors.push(
            fieldError(`${at}.${name}`, 'must be between 0 and 1', 'harus antara 0 dan 1'),
          );
        }
      }
      if (minShare !== undefined && maxShare !== undefined && minShare > maxShare) {
        errors.push(
          fieldError(`${at}.minShare`, 'must not exceed maxShare', 'tidak boleh melebihi maxShare'),
        );
      }
      if (minShare !== undefined && Number.isFinite(minShare)) minSum += minShare;
    }
    if (minSum > 1 + EPSILON) {
      errors.push(
        fieldError(
          `${path}.${org}`,
          'minimum shares add up to more than 100%',
          'jumlah batas minimum melebihi 100%',
        ),
      );
    }
  }
  return errors;
}

export class InvalidCurveError extends DomainError {
  readonly code = 'INVALID_CURVE';
  constructor(override readonly fieldErrors: readonly FieldError[]) {
    super(
      {
        en: `The predikat curve has ${fieldErrors.length} invalid field(s).`,
        id: `Kurva predikat memiliki ${fieldErrors.length} isian yang tidak valid.`,
      },
      { status: 422, field: fieldErrors[0]?.field },
    );
  }
}

export function assertValidCurve(curve: PredikatCurve, path = 'curve'): void {
  const errors = validateCurve(curve, path);
  if (errors.length > 0) throw new InvalidCurveError(errors);
}

function fieldError(field: string, en: string, id: string): FieldError {
  return { field, message: { en: `${field} ${en}.`, id: `${field} ${id}.` } };
}
