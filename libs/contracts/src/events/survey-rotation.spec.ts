import { rotationDecidedV1 } from './rotation-decided/rotation-decided.v1';
import { rotationProposedV1 } from './rotation-proposed/rotation-proposed.v1';
import { trainingSurveyAnsweredV1 } from './training-survey-answered/training-survey-answered.v1';
import { trainingSurveyRequestedV1 } from './training-survey-requested/training-survey-requested.v1';

describe('survey and rotation event contracts', () => {
  it('should refuse a level-3 rating outside 1 to 5, naming the field', () => {
    const data = structuredClone(trainingSurveyAnsweredV1.example);
    data.ratings[1].value = 6;

    expect(trainingSurveyAnsweredV1.validate(data)).toEqual({
      ok: false,
      errors: ['/ratings/1/value must be <= 5'],
    });
  });

  it('should refuse a survey asked at a level other than 1 or 3', () => {
    const data = { ...structuredClone(trainingSurveyRequestedV1.example), level: 2 };

    expect(trainingSurveyRequestedV1.validate(data).ok).toBe(false);
  });

  it('should refuse a rotation proposed without a trigger', () => {
    const data = { ...structuredClone(rotationProposedV1.example), triggers: [] };

    expect(rotationProposedV1.validate(data)).toEqual({
      ok: false,
      errors: ['/triggers must NOT have fewer than 1 items'],
    });
  });

  it('should accept a rejection without a placement and refuse an uncoded objection', () => {
    const rejected = {
      ...structuredClone(rotationDecidedV1.example),
      decision: 'REJECTED' as const,
      effectiveDate: null,
      placementId: null,
    };
    expect(rotationDecidedV1.validate(rejected).ok).toBe(true);
    expect(rotationDecidedV1.validate({ ...rejected, objection: 'Tidak mau pindah' }).ok).toBe(
      false,
    );
  });
});
