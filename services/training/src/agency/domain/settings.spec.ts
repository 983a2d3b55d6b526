import {
  checkSettings,
  InvalidTrainingSettingsError,
  jpRequiredFor,
  settingsChange,
} from './settings';

const errorOf = (f: () => void): InvalidTrainingSettingsError | undefined => {
  try {
    f();
  } catch (e) {
    return e as InvalidTrainingSettingsError;
  }
  return undefined;
};

describe('training settings', () => {
  it.each([0, 1, 19, 201, 20.5, -1, Number.NaN])(
    'should refuse a JP minimum of %p',
    (jpRequired) => {
      const error = errorOf(() =>
        checkSettings({ jpRequired, jpRequiredPppk: 0, approvalRequired: false }),
      );
      expect(error).toBeInstanceOf(InvalidTrainingSettingsError);
      expect(error!.field).toBe('jpRequired');
    },
  );

  it.each([20, 24, 200])('should accept a JP minimum of %p', (jpRequired) => {
    expect(() =>
      checkSettings({ jpRequired, jpRequiredPppk: 0, approvalRequired: true }),
    ).not.toThrow();
  });

  it.each([0, 12, 24])('should accept %p JP a year for PPPK (no PNS floor)', (jpRequiredPppk) => {
    expect(() =>
      checkSettings({ jpRequired: 20, jpRequiredPppk, approvalRequired: true }),
    ).not.toThrow();
  });

  it.each([-1, 25, 2.5])('should refuse %p JP a year for PPPK', (jpRequiredPppk) => {
    const error = errorOf(() =>
      checkSettings({ jpRequired: 20, jpRequiredPppk, approvalRequired: true }),
    );
    expect(error!.field).toBe('jpRequiredPppk');
  });

  it('should hold PNS (and a post that does not say) to the PNS minimum, PPPK to their figure', () => {
    const figures = { jpRequired: 24, jpRequiredPppk: 12 };
    expect([
      jpRequiredFor('PNS', figures),
      jpRequiredFor(null, figures),
      jpRequiredFor(undefined, figures),
      jpRequiredFor('PPPK', figures),
    ]).toEqual([24, 24, 24, 12]);
  });

  it('should name only the fields that change, and nothing when nothing changes', () => {
    const before = { jpRequired: 20, jpRequiredPppk: 0, approvalRequired: false };
    expect(settingsChange(before, { ...before, jpRequired: 24 })).toEqual({
      before: { jpRequired: 20 },
      after: { jpRequired: 24 },
    });
    expect(settingsChange(before, { ...before, jpRequiredPppk: 10 })).toEqual({
      before: { jpRequiredPppk: 0 },
      after: { jpRequiredPppk: 10 },
    });
    expect(settingsChange(before, { ...before })).toBeNull();
  });
});
