import type { Predikat } from '../../shared/domain/rating';
import {
  CurveViolationError,
  DEFAULT_CURVE,
  checkCurve,
  curveBounds,
  curveOutlook,
  curveUnitSize,
  curveViolations,
  headcountDay,
  emptyCounts,
  limitCount,
  type CurveViolation,
  type PredikatCounts,
  type PredikatCurve,
} from './curve';

function counts(partial: Partial<Record<Predikat, number>>): PredikatCounts {
  return { ...emptyCounts(), ...partial };
}

function violationOf(result: ReturnType<typeof checkCurve>): CurveViolation {
  if (result.ok) throw new Error('expected the curve to be broken');
  return result.violation;
}

describe('checkCurve', () => {
  describe('organisation ISTIMEWA, at most 70% SANGAT_BAIK, unit of 10', () => {
    it('should allow the first SANGAT_BAIK when it is judged against the unit, not 1 of 1', () => {
      expect(checkCurve(DEFAULT_CURVE, 'ISTIMEWA', counts({}), { add: 'SANGAT_BAIK' }, 10)).toEqual(
        {
          ok: true,
        },
      );
    });

    it('should allow a SANGAT_BAIK when it stays within the bound', () => {
      const current = counts({ SANGAT_BAIK: 6, BAIK: 2 });
      expect(checkCurve(DEFAULT_CURVE, 'ISTIMEWA', current, { add: 'SANGAT_BAIK' }, 10).ok).toBe(
        true,
      );
    });

    it('should refuse a SANGAT_BAIK when the bound is already reached', () => {
      const current = counts({ SANGAT_BAIK: 7, BAIK: 2 });
      const violation = violationOf(
        checkCurve(DEFAULT_CURVE, 'ISTIMEWA', current, { add: 'SANGAT_BAIK' }, 10),
      );
      expect(violation).toEqual({
        organisationPredikat: 'ISTIMEWA',
        bound: 'MAX',
        predikat: 'SANGAT_BAIK',
        limit: 0.7,
        limitCount: 7,
        countAfter: 8,
        totalAfter: 10,
        unitSize: 10,
        currentCounts: current,
      });
    });

    it('should allow another predikat when SANGAT_BAIK is at its bound', () => {
      const current = counts({ SANGAT_BAIK: 7, BAIK: 2 });
      expect(checkCurve(DEFAULT_CURVE, 'ISTIMEWA', current, { add: 'BAIK' }, 10).ok).toBe(true);
    });
  });

  describe('replacing an existing predikat', () => {
    const current = counts({ SANGAT_BAIK: 7, BAIK: 3 });

    it('should refuse BAIK → SANGAT_BAIK when it goes beyond the bound', () => {
      const violation = violationOf(
        checkCurve(DEFAULT_CURVE, 'ISTIMEWA', current, { add: 'SANGAT_BAIK', remove: 'BAIK' }, 10),
      );
      expect(violation).toMatchObject({ countAfter: 8, totalAfter: 10 });
    });

    it('should allow SANGAT_BAIK → BAIK when it lowers the count', () => {
      const change = { add: 'BAIK', remove: 'SANGAT_BAIK' } as const;
      expect(checkCurve(DEFAULT_CURVE, 'ISTIMEWA', current, change, 10).ok).toBe(true);
    });

    it('should allow the same predikat again when nothing changes', () => {
      const change = { add: 'SANGAT_BAIK', remove: 'SANGAT_BAIK' } as const;
      const full = counts({ SANGAT_BAIK: 9, BAIK: 1 });
      expect(checkCurve(DEFAULT_CURVE, 'ISTIMEWA', full, change, 10).ok).toBe(true);
    });

    it('should throw RangeError when the replaced predikat has no holder', () => {
      const change = { add: 'BAIK', remove: 'SANGAT_KURANG' } as const;
      expect(() => checkCurve(DEFAULT_CURVE, 'ISTIMEWA', current, change, 10)).toThrow(RangeError);
    });
  });

  describe('a zero bound (organisation SANGAT_KURANG)', () => {
    it('should refuse any SANGAT_BAIK when the bound is 0%', () => {
      const violation = violationOf(
        checkCurve(DEFAULT_CURVE, 'SANGAT_KURANG', counts({}), { add: 'SANGAT_BAIK' }, 5),
      );
      expect(violation).toMatchObject({ bound: 'MAX', limit: 0, limitCount: 0, countAfter: 1 });
    });

    it('should allow BAIK when only SANGAT_BAIK is bounded', () => {
      expect(checkCurve(DEFAULT_CURVE, 'SANGAT_KURANG', counts({}), { add: 'BAIK' }, 5).ok).toBe(
        true,
      );
    });
  });

  describe('small units (whole people, a max share rounds down)', () => {
    it.each([
      [true, 3, 0],
      [true, 3, 1],
      [false, 3, 2],
      [false, 1, 0],
      [true, 2, 0],
      [false, 2, 1],
    ])(
      'should answer ok=%s to one more SANGAT_BAIK when a unit of %i already has %i',
      (ok, unitSize, already) => {
        const current = counts({ SANGAT_BAIK: already });
        const result = checkCurve(
          DEFAULT_CURVE,
          'ISTIMEWA',
          current,
          { add: 'SANGAT_BAIK' },
          unitSize,
        );
        expect(result.ok).toBe(ok);
      },
    );
  });

  describe('a pre-existing breach (the organisation predikat was lowered later)', () => {
    const current = counts({ SANGAT_BAIK: 9 });

    it('should allow a change when it does not worsen the breach', () => {
      expect(checkCurve(DEFAULT_CURVE, 'ISTIMEWA', current, { add: 'BAIK' }, 10).ok).toBe(true);
    });

    it('should refuse a change when it worsens the breach', () => {
      expect(checkCurve(DEFAULT_CURVE, 'ISTIMEWA', current, { add: 'SANGAT_BAIK' }, 10).ok).toBe(
        false,
      );
    });
  });

  describe('a minimum share, checked as still reachable by the staff not yet rated', () => {
    const curve: PredikatCurve = { ...DEFAULT_CURVE, BAIK: { BAIK: { minShare: 0.2 } } };

    it('should allow other predikat when enough staff are still unrated', () => {
      const current = counts({ SANGAT_BAIK: 2, BUTUH_PERBAIKAN: 1 });
      expect(checkCurve(curve, 'BAIK', current, { add: 'BUTUH_PERBAIKAN' }, 5).ok).toBe(true);
    });

    it('should refuse the last predikat when it makes the minimum unreachable', () => {
      const current = counts({ SANGAT_BAIK: 2, BUTUH_PERBAIKAN: 2 });
      const violation = violationOf(checkCurve(curve, 'BAIK', current, { add: 'SANGAT_BAIK' }, 5));
      expect(violation).toMatchObject({
        bound: 'MIN',
        predikat: 'BAIK',
        limitCount: 1,
        countAfter: 0,
      });
    });

    it('should allow the last predikat when it meets the minimum', () => {
      const current = counts({ SANGAT_BAIK: 2, BUTUH_PERBAIKAN: 2 });
      expect(checkCurve(curve, 'BAIK', current, { add: 'BAIK' }, 5).ok).toBe(true);
    });
  });

  it('should throw RangeError when more staff hold a predikat than the unit has', () => {
    expect(() =>
      checkCurve(DEFAULT_CURVE, 'ISTIMEWA', counts({ BAIK: 3 }), { add: 'BAIK' }, 3),
    ).toThrow(RangeError);
  });
});

describe('limitCount', () => {
  it.each([
    ['MAX', 0.7, 10, 7],
    ['MAX', 0.29, 100, 29],
    ['MAX', 0.7, 3, 2],
    ['MIN', 0.07, 100, 7],
    ['MIN', 0.2, 3, 1],
  ] as const)(
    'should give %s %d of %i as %i people when rounded to whole people',
    (b, s, n, want) => {
      expect(limitCount(b, s, n)).toBe(want);
    },
  );
});

describe('curveViolations', () => {
  it('should list every broken bound when the unit is off its curve', () => {
    const violations = curveViolations(
      DEFAULT_CURVE,
      'SANGAT_KURANG',
      counts({ SANGAT_BAIK: 2 }),
      4,
    );
    expect(violations).toEqual([
      expect.objectContaining({
        bound: 'MAX',
        predikat: 'SANGAT_BAIK',
        countAfter: 2,
        limitCount: 0,
      }),
    ]);
  });

  it('should list nothing when the unit is within its curve', () => {
    expect(
      curveViolations(DEFAULT_CURVE, 'ISTIMEWA', counts({ SANGAT_BAIK: 7, BAIK: 3 }), 10),
    ).toEqual([]);
  });
});

describe(CurveViolationError.name, () => {
  it('should name the bound and the counts in both languages when a maximum is broken', () => {
    const current = counts({ SANGAT_BAIK: 7, BAIK: 2 });
    const violation = violationOf(
      checkCurve(DEFAULT_CURVE, 'ISTIMEWA', current, { add: 'SANGAT_BAIK' }, 10),
    );
    const error = new CurveViolationError(violation);
    expect(error).toMatchObject({ code: 'CURVE_VIOLATION', status: 409 });
    expect(error.detail.id).toBe(
      'Predikat organisasi Istimewa: paling banyak 70% Sangat Baik (7 dari 10 pegawai unit); ' +
        'dengan penetapan ini menjadi 8 dari 10 (80%). ' +
        'Yang sudah ditetapkan: Sangat Baik 7, Baik 2 (9 dari 10 pegawai).',
    );
    expect(error.detail.en).toBe(
      'Organisation predikat Istimewa allows at most 70% Sangat Baik (7 of 10 staff in the unit); ' +
        'with this determination it would be 8 of 10 (80%). Set so far: Sangat Baik 7, Baik 2 (9 of 10 staff).',
    );
  });

  it('should show the best reachable count when a minimum is broken', () => {
    const curve: PredikatCurve = { ...DEFAULT_CURVE, BAIK: { BAIK: { minShare: 0.5 } } };
    const violation = violationOf(
      checkCurve(curve, 'BAIK', counts({ SANGAT_BAIK: 1 }), { add: 'SANGAT_BAIK' }, 3),
    );
    expect(new CurveViolationError(violation).detail.id).toContain(
      'paling sedikit 50% Baik (2 dari 3 pegawai unit); dengan penetapan ini Baik paling banyak hanya dapat mencapai 1 dari 3 (33,3%)',
    );
  });
});

describe(curveUnitSize.name, () => {
  it('should judge against the headcount when more are placed than appraised so far', () => {
    // 10 people in the unit, 2 appraisals opened: the first Sangat Baik is 1 of 10, not 1 of 2.
    expect(curveUnitSize(10, 2)).toBe(10);
  });

  it('should never count fewer than the people appraised in the unit for the period', () => {
    expect(curveUnitSize(3, 5)).toBe(5);
  });

  it('should fall back to the appraisals when the org chart knows nobody there', () => {
    expect(curveUnitSize(0, 4)).toBe(4);
    expect(curveUnitSize(null, 4)).toBe(4);
  });
});

describe(headcountDay.name, () => {
  it('should take the period last day once it is over, and today while it runs', () => {
    expect(headcountDay('2025-12-31', '2026-01-20')).toBe('2025-12-31');
    expect(headcountDay('2026-12-31', '2026-03-03')).toBe('2026-03-03');
  });
});

describe(curveOutlook.name, () => {
  it('should refuse only the predikat whose next holder would pass its bound', () => {
    // Istimewa, 70% of 3 staff = 2 Sangat Baik; 2 are set already, so a third breaks it.
    const outlook = curveOutlook(DEFAULT_CURVE, 'ISTIMEWA', counts({ SANGAT_BAIK: 2 }), 3);

    expect(outlook.filter((o) => !o.check.ok).map((o) => o.predikat)).toEqual(['SANGAT_BAIK']);
    expect(violationOf(outlook[0].check)).toMatchObject({ bound: 'MAX', limitCount: 2 });
    expect(outlook.map((o) => o.predikat)).toEqual([
      'SANGAT_BAIK',
      'BAIK',
      'BUTUH_PERBAIKAN',
      'KURANG_MISCONDUCT',
      'SANGAT_KURANG',
    ]);
  });

  it('should allow no Sangat Baik at all in a unit whose organisation predikat is Sangat Kurang', () => {
    const outlook = curveOutlook(DEFAULT_CURVE, 'SANGAT_KURANG', counts({}), 5);

    expect(outlook.find((o) => o.predikat === 'SANGAT_BAIK')?.check.ok).toBe(false);
    expect(outlook.find((o) => o.predikat === 'BAIK')?.check.ok).toBe(true);
  });
});

describe(curveBounds.name, () => {
  it('should state each bound in staff of the unit', () => {
    const curve: PredikatCurve = {
      ...DEFAULT_CURVE,
      BAIK: { SANGAT_BAIK: { maxShare: 0.3 }, BAIK: { minShare: 0.5 } },
    };

    expect(curveBounds(curve, 'BAIK', 7)).toEqual([
      { predikat: 'SANGAT_BAIK', bound: 'MAX', share: 0.3, limitCount: 2 },
      { predikat: 'BAIK', bound: 'MIN', share: 0.5, limitCount: 4 },
    ]);
  });
});
