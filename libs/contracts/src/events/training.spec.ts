import { trainingCompletedV1 } from './training-completed/training-completed.v1';
import { trainingEnrolledV1 } from './training-enrolled/training-enrolled.v1';
import { trainingJpReminderV1 } from './training-jp-reminder/training-jp-reminder.v1';
import { trainingRecommendedV1 } from './training-recommended/training-recommended.v1';

describe('training event contracts', () => {
  it('should accept a recommendation set with no recommendations', () => {
    const data = { ...structuredClone(trainingRecommendedV1.example), recommendations: [] };

    expect(trainingRecommendedV1.validate(data).ok).toBe(true);
  });

  it('should reject a recommendation without a reason, naming the field', () => {
    const data = structuredClone(trainingRecommendedV1.example);
    data.recommendations[0].reasons = [];

    expect(trainingRecommendedV1.validate(data)).toEqual({
      ok: false,
      errors: ['/recommendations/0/reasons must NOT have fewer than 1 items'],
    });
  });

  it('should reject an unknown training form', () => {
    const data = structuredClone(trainingEnrolledV1.example) as Record<string, unknown>;
    data.form = 'WEBINAR';

    expect(trainingEnrolledV1.validate(data).ok).toBe(false);
  });

  it('should reject negative JP in a completion, naming the field', () => {
    const data = { ...structuredClone(trainingCompletedV1.example), jp: -2 };

    expect(trainingCompletedV1.validate(data)).toEqual({
      ok: false,
      errors: ['/jp must be >= 0'],
    });
  });

  it('should reject a reminder for someone who is not behind', () => {
    const data = { ...structuredClone(trainingJpReminderV1.example), jpMissing: 0 };

    expect(trainingJpReminderV1.validate(data).ok).toBe(false);
  });
});
