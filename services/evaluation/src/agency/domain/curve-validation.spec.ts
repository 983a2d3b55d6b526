import { DEFAULT_CURVE, type PredikatCurve } from './curve';
import { InvalidCurveError, assertValidCurve, validateCurve } from './curve-validation';

describe('validateCurve', () => {
  it('should find nothing when the default curve is checked', () => {
    expect(validateCurve(DEFAULT_CURVE)).toEqual([]);
  });

  it.each([1.2, -0.1, Number.NaN, Number.POSITIVE_INFINITY])(
    'should name the field when a share is %d',
    (share) => {
      const curve: PredikatCurve = { ...DEFAULT_CURVE, BAIK: { SANGAT_BAIK: { maxShare: share } } };
      expect(validateCurve(curve).map((e) => e.field)).toEqual(['curve.BAIK.SANGAT_BAIK.maxShare']);
    },
  );

  it('should accept shares of exactly 0 and 1 when they bound the range', () => {
    const curve: PredikatCurve = { ...DEFAULT_CURVE, BAIK: { BAIK: { minShare: 0, maxShare: 1 } } };
    expect(validateCurve(curve)).toEqual([]);
  });

  it('should refuse a minimum above the maximum when both are set', () => {
    const curve: PredikatCurve = {
      ...DEFAULT_CURVE,
      BAIK: { BAIK: { minShare: 0.6, maxShare: 0.5 } },
    };
    expect(validateCurve(curve, 'kurva')).toEqual([
      {
        field: 'kurva.BAIK.BAIK.minShare',
        message: {
          en: 'kurva.BAIK.BAIK.minShare must not exceed maxShare.',
          id: 'kurva.BAIK.BAIK.minShare tidak boleh melebihi maxShare.',
        },
      },
    ]);
  });

  it('should refuse minimum shares when they add up to more than 100%', () => {
    const curve: PredikatCurve = {
      ...DEFAULT_CURVE,
      KURANG: { BAIK: { minShare: 0.6 }, BUTUH_PERBAIKAN: { minShare: 0.5 } },
    };
    expect(validateCurve(curve).map((e) => e.field)).toEqual(['curve.KURANG']);
  });

  it('should refuse a curve when an organisation predikat is missing', () => {
    const { KURANG: _missing, ...rest } = DEFAULT_CURVE;
    expect(validateCurve(rest as PredikatCurve).map((e) => e.field)).toEqual(['curve.KURANG']);
  });
});

describe('assertValidCurve', () => {
  it('should throw InvalidCurveError with every field when the curve is invalid', () => {
    const curve: PredikatCurve = {
      ...DEFAULT_CURVE,
      ISTIMEWA: { SANGAT_BAIK: { maxShare: 2 }, BAIK: { minShare: -1 } },
    };
    expect(() => assertValidCurve(curve)).toThrow(InvalidCurveError);
    try {
      assertValidCurve(curve);
    } catch (error) {
      expect(error).toMatchObject({
        code: 'INVALID_CURVE',
        status: 422,
        field: 'curve.ISTIMEWA.SANGAT_BAIK.maxShare',
      });
      expect((error as InvalidCurveError).fieldErrors).toHaveLength(2);
    }
  });

  it('should not throw when the curve is valid', () => {
    expect(() => assertValidCurve(DEFAULT_CURVE)).not.toThrow();
  });
});
