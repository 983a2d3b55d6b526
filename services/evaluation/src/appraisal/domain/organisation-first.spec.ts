import { unreadableFragment } from '@jenjang/contracts';
import { checkUnitHeadRating, headsUnit, UnitHeadRatingError } from './organisation-first';

describe(headsUnit.name, () => {
  const inUnit = (superiorEmployeeId: string | null) => ({ unitId: 'u', superiorEmployeeId });

  it('should see a head when the superior is placed outside the unit', () => {
    expect(headsUnit('u', inUnit('boss'), { unitId: 'parent' })).toBe(true);
  });

  it('should see a head when the person reports to nobody', () => {
    expect(headsUnit('u', inUnit(null), null)).toBe(true);
  });

  it('should see staff when the superior is placed in the same unit', () => {
    expect(headsUnit('u', inUnit('boss'), { unitId: 'u' })).toBe(false);
  });

  it('should apply no rule when a placement is unknown', () => {
    expect(headsUnit('u', null, null)).toBe(false);
    expect(headsUnit('u', inUnit('boss'), null)).toBe(false);
    expect(headsUnit('u', { unitId: 'other', superiorEmployeeId: null }, null)).toBe(false);
  });
});

describe(checkUnitHeadRating.name, () => {
  it.each([
    ['ISTIMEWA', 'DI_ATAS_EKSPEKTASI'],
    ['BAIK', 'SESUAI_EKSPEKTASI'],
    ['BUTUH_PERBAIKAN', 'DI_BAWAH_EKSPEKTASI'],
    ['KURANG', 'DI_BAWAH_EKSPEKTASI'],
    ['SANGAT_KURANG', 'DI_BAWAH_EKSPEKTASI'],
  ] as const)('should accept the rating that follows the unit result %s', (org, rating) => {
    expect(() => checkUnitHeadRating(org, rating)).not.toThrow();
  });

  it('should refuse another rating, naming the one that follows, in words', () => {
    let error: unknown;
    try {
      checkUnitHeadRating('ISTIMEWA', 'SESUAI_EKSPEKTASI');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnitHeadRatingError);
    const { detail, field } = error as UnitHeadRatingError;
    expect(field).toBe('hasilKerja');
    expect(detail.id).toContain('predikat kinerja organisasi Istimewa, yaitu Di Atas Ekspektasi');
    expect(unreadableFragment(`${detail.id} ${detail.en}`)).toBeNull();
  });
});
