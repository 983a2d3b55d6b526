import { checkSettings, settingsChange } from './settings';

describe('training settings', () => {
  it.each([0, 201, 20.5, -1, Number.NaN])('should refuse a JP minimum of %p', (jpRequired) => {
    expect(() => checkSettings({ jpRequired, approvalRequired: false })).toThrow(
      expect.objectContaining({ code: 'TRAINING_SETTINGS_INVALID', field: 'jpRequired' }),
    );
  });

  it.each([1, 20, 200])('should accept a JP minimum of %p', (jpRequired) => {
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
