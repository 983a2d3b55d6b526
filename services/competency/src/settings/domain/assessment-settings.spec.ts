import {
  DEFAULT_ASSESSMENT_SETTINGS,
  settingsErrors,
  type AssessmentSettings,
} from './assessment-settings';

const withJpm = (jpm: Partial<AssessmentSettings['jpm']>): AssessmentSettings => ({
  ...DEFAULT_ASSESSMENT_SETTINGS,
  jpm: { ...DEFAULT_ASSESSMENT_SETTINGS.jpm, ...jpm },
});

describe('settingsErrors', () => {
  it('should accept the defaults', () => {
    expect(settingsErrors(DEFAULT_ASSESSMENT_SETTINGS)).toEqual([]);
  });

  it('should refuse bands without a band from 0, repeated categories and bounds outside 0-100', () => {
    const fields = settingsErrors(
      withJpm({
        bands: [
          { category: 'OPTIMAL', minPercent: 120 },
          { category: 'OPTIMAL', minPercent: 50 },
        ],
      }),
    ).map((e) => e.field);
    expect(fields).toEqual(['jpm.bands[0].minPercent', 'jpm.bands', 'jpm.bands']);
  });

  it('should refuse unknown sources, precedences outside 0-10, no counted source and a bad round', () => {
    const fields = settingsErrors({
      ...DEFAULT_ASSESSMENT_SETTINGS,
      currentLevel: {
        precedence: { SELF: 0, TEBAKAN: 3, SUPERVISOR: 11 } as never,
        sameAgeDays: -1,
        cappedSources: ['SELF', 'LAIN' as never],
      },
    }).map((e) => e.field);
    expect(fields).toEqual([
      'currentLevel.precedence.TEBAKAN',
      'currentLevel.precedence.SUPERVISOR',
      'currentLevel.sameAgeDays',
      'currentLevel.cappedSources[1]',
    ]);
    expect(
      settingsErrors({
        ...DEFAULT_ASSESSMENT_SETTINGS,
        currentLevel: { ...DEFAULT_ASSESSMENT_SETTINGS.currentLevel, precedence: { SELF: 0 } },
      }).map((e) => e.field),
    ).toEqual(['currentLevel.precedence']);
  });
});
