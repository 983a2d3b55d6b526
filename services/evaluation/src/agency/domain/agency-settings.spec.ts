import { DEFAULT_CURVE, type PredikatCurve } from './curve';
import {
  DEFAULT_SETTINGS,
  InvalidAgencySettingsError,
  assertValidSettings,
  cleanCurve,
  settingsChange,
  validateSettings,
  withAnnual,
} from './agency-settings';

describe('agency settings', () => {
  it('should include the annual kind when only periodic kinds are chosen', () => {
    expect(withAnnual(['SEMESTERAN', 'BULANAN', 'BULANAN'])).toEqual([
      'BULANAN',
      'SEMESTERAN',
      'TAHUNAN',
    ]);
  });

  it('should default to quarterly plus annual, 14 days and the default curve', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      periodKinds: ['TRIWULANAN', 'TAHUNAN'],
      objectionWindowDays: 14,
      curve: DEFAULT_CURVE,
    });
    expect(validateSettings(DEFAULT_SETTINGS)).toEqual([]);
  });

  it('should refuse settings with only the annual kind', () => {
    const errors = validateSettings({ ...DEFAULT_SETTINGS, periodKinds: ['TAHUNAN'] });
    expect(errors.map((e) => e.field)).toEqual(['periodKinds']);
  });

  it.each([0, 61, 1.5])('should refuse an objection window of %d days', (days) => {
    const errors = validateSettings({ ...DEFAULT_SETTINGS, objectionWindowDays: days });
    expect(errors.map((e) => e.field)).toEqual(['objectionWindowDays']);
  });

  it.each([1, 60])('should accept an objection window of %d days', (days) => {
    expect(validateSettings({ ...DEFAULT_SETTINGS, objectionWindowDays: days })).toEqual([]);
  });

  it('should list every invalid field with its path when several are wrong', () => {
    const curve: PredikatCurve = {
      ...DEFAULT_CURVE,
      ISTIMEWA: { SANGAT_BAIK: { maxShare: 1.5 } },
      BAIK: { BAIK: { minShare: 0.6, maxShare: 0.4 } },
    };
    const values = { ...DEFAULT_SETTINGS, objectionWindowDays: 0, curve };

    expect(() => assertValidSettings(values)).toThrow(InvalidAgencySettingsError);
    expect(validateSettings(values).map((e) => e.field)).toEqual([
      'objectionWindowDays',
      'curve.ISTIMEWA.SANGAT_BAIK.maxShare',
      'curve.BAIK.BAIK.minShare',
    ]);
  });

  it('should keep only known keys when a curve is cleaned', () => {
    const dirty = {
      ...DEFAULT_CURVE,
      BAIK: { SANGAT_BAIK: { maxShare: 0.5, extra: 1 }, UNKNOWN: { maxShare: 0 } },
      OTHER: {},
    } as unknown as PredikatCurve;

    expect(cleanCurve(dirty)).toEqual({
      ...DEFAULT_CURVE,
      BAIK: { SANGAT_BAIK: { maxShare: 0.5 } },
    });
  });
});

describe('settingsChange', () => {
  it('should name only the changed fields when the window changes', () => {
    expect(
      settingsChange(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, objectionWindowDays: 21 }),
    ).toEqual({ before: { objectionWindowDays: 14 }, after: { objectionWindowDays: 21 } });
  });

  it('should find no change when the same settings come in another order', () => {
    const reordered = {
      ...DEFAULT_SETTINGS,
      periodKinds: ['TAHUNAN', 'TRIWULANAN'] as const,
      curve: { ...DEFAULT_CURVE, SANGAT_KURANG: { SANGAT_BAIK: { maxShare: 0 } } },
    };
    expect(settingsChange(DEFAULT_SETTINGS, reordered)).toBeNull();
  });
});
