import { createValidationPipe } from '@jenjang/platform';
import { DEFAULT_ASSESSMENT_SETTINGS } from '../domain/assessment-settings';
import { PutAssessmentSettingsDto } from './assessment-settings.dto';

// A settings document read with GET can be sent back as it is.
describe(PutAssessmentSettingsDto.name, () => {
  const pipe = createValidationPipe();
  const put = (body: unknown) =>
    pipe.transform(body, { type: 'body', metatype: PutAssessmentSettingsDto });

  it('should take back the document GET answered, values under settings', async () => {
    const read = {
      agencyId: 'pemkab-contoh',
      settings: DEFAULT_ASSESSMENT_SETTINGS,
      formula: 'JPM-MIN-CAPPED-v1',
      configured: false,
      revision: 0,
      updatedAt: null,
    };

    const dto = (await put(read)) as PutAssessmentSettingsDto;

    expect(dto.settings?.jpm.bands).toEqual(DEFAULT_ASSESSMENT_SETTINGS.jpm.bands);
    expect([dto.formula, dto.agencyId]).toEqual([undefined, undefined]);
  });

  it('should still take the values at the top level', async () => {
    const dto = (await put({
      ...DEFAULT_ASSESSMENT_SETTINGS,
      revision: 0,
    })) as PutAssessmentSettingsDto;

    expect(dto.currentLevel?.sameAgeDays).toBe(
      DEFAULT_ASSESSMENT_SETTINGS.currentLevel.sameAgeDays,
    );
  });

  it('should name jpm when neither shape carries it', async () => {
    await expect(
      put({ currentLevel: DEFAULT_ASSESSMENT_SETTINGS.currentLevel, revision: 0 }),
    ).rejects.toMatchObject({ fieldErrors: [expect.objectContaining({ field: 'jpm' })] });
  });
});
