import { checkSettings, InvalidTrainingSettingsError, settingsChange } from './settings';

describe('training settings', () => {
  it.each([0, 1, 19, 201, 20.5, -1, Number.NaN])(
    'should refuse a JP minimum of %p',
    (jpRequired) => {
      let error: unknown;
      try {
        checkSettings({ jpRequired, approvalRequired: false });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InvalidTrainingSettingsError);
      expect((error as InvalidTrainingSettingsError).field).toBe('jpRequired');
    },
  );

  it.each([20, 24, 200])('should accept a JP minimum of %p', (jpRequired) => {
    expect(() => checkSettings({ jpRequired, approvalRequired: true })).not.toThrow();
  });

  it('should name only the fields that change, and nothing when nothing changes', () => {
    const before = { jpRequired: 20, approvalRequired: false };
    expect(settingsChange(before, { jpRequired: 24, approvalRequired: false })).toEqual({
      before: { jpRequired: 20 },
      after: { jpRequired: 24 },
    });
    expect(settingsChange(before, { ...before })).toBeNull();
  });
});
