import { appraisalFinalizedV1 } from '@jenjang/contracts';
import { DEFAULT_RULES } from './default-rules';
import { ruleProblems } from './rule-check';

const feedback = DEFAULT_RULES.find((r) => r.type === 'appraisal-feedback')!;

describe(ruleProblems.name, () => {
  it('should accept the platform rule and an audience at a nullable id field', () => {
    expect(ruleProblems(feedback, appraisalFinalizedV1.schema)).toEqual([]);
    const atasan = {
      ...feedback,
      audience: { kind: 'EVENT_FIELD' as const, path: 'atasanPenilaiId' },
    };
    expect(ruleProblems(atasan, appraisalFinalizedV1.schema)).toEqual([]);
  });

  it('should refuse an unknown event and an audience field that is not an id', () => {
    expect(ruleProblems(feedback, undefined)[0].field).toBe('eventTopic');
    const wrong = { ...feedback, audience: { kind: 'EVENT_FIELD' as const, path: 'period' } };
    expect(ruleProblems(wrong, appraisalFinalizedV1.schema)[0].field).toBe('audience.path');
  });
});
