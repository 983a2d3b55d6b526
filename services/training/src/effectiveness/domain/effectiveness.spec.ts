import type { Rating } from '@jenjang/contracts';
import {
  compareAroundCompletion,
  programEffectiveness,
  type AppraisalPoint,
  type CompletionPoint,
} from './effectiveness';

const R: Record<string, Rating> = {
  below: 'DI_BAWAH_EKSPEKTASI',
  meets: 'SESUAI_EKSPEKTASI',
  above: 'DI_ATAS_EKSPEKTASI',
};

function appraisal(
  id: string,
  endDate: string,
  finalized: string,
  hasil: keyof typeof R,
  perilaku: keyof typeof R,
  over: Partial<AppraisalPoint> = {},
): AppraisalPoint {
  return {
    appraisalId: id,
    correctionOf: null,
    periodKind: 'TAHUNAN',
    endDate,
    ratingHasilKerja: R[hasil],
    ratingPerilakuKerja: R[perilaku],
    predikat: 'BAIK',
    finalizedAt: new Date(finalized),
    ...over,
  };
}

const Y2024 = appraisal('a24', '2024-12-31', '2025-01-20T03:00:00Z', 'below', 'meets');
const Y2025 = appraisal('a25', '2025-12-31', '2026-01-20T03:00:00Z', 'meets', 'above');
const Y2026 = appraisal('a26', '2026-12-31', '2027-01-20T03:00:00Z', 'below', 'below');
const MID_2025 = new Date('2025-06-15T03:00:00Z');

describe('compareAroundCompletion', () => {
  it('should compare the next appraisal after the training with the last before it', () => {
    const c = compareAroundCompletion(MID_2025, [Y2025, Y2024, Y2026]);
    expect(c).toMatchObject({
      outcome: 'IMPROVED',
      before: { appraisalId: 'a24' },
      after: { appraisalId: 'a25' },
      hasilKerjaChange: 1,
      perilakuKerjaChange: 1,
      change: 2,
    });
  });

  it('should say SAME and WORSE, and wait while no appraisal followed', () => {
    const same = appraisal('s', '2025-12-31', '2026-01-20T03:00:00Z', 'meets', 'below');
    expect(compareAroundCompletion(MID_2025, [Y2024, same]).outcome).toBe('SAME');
    const later = new Date('2026-03-01T00:00:00Z');
    expect(compareAroundCompletion(later, [Y2025, Y2026]).outcome).toBe('WORSE');
    expect(compareAroundCompletion(later, [Y2024, Y2025])).toMatchObject({
      outcome: 'PENDING',
      before: { appraisalId: 'a25' },
      change: null,
    });
    expect(compareAroundCompletion(MID_2025, [Y2025]).outcome).toBe('NO_BASELINE');
  });

  it('should not take an appraisal of a period that ended before the training as "after"', () => {
    // Finalized after the completion, but it appraises 2024, before the training.
    const late2024 = appraisal('late', '2024-12-31', '2025-07-01T00:00:00Z', 'above', 'above');
    expect(compareAroundCompletion(MID_2025, [Y2024, late2024, Y2025]).after?.appraisalId).toBe(
      'a25',
    );
  });

  it('should use the correction in place of the appraisal it corrects', () => {
    const corrected = appraisal('a25v2', '2025-12-31', '2026-02-10T03:00:00Z', 'below', 'meets', {
      correctionOf: 'a25',
    });
    expect(compareAroundCompletion(MID_2025, [Y2024, Y2025, corrected])).toMatchObject({
      outcome: 'SAME',
      after: { appraisalId: 'a25v2' },
    });
  });

  it('should prefer the same period kind as the appraisal before', () => {
    const q = appraisal('q3', '2025-09-30', '2025-10-10T00:00:00Z', 'above', 'above', {
      periodKind: 'TRIWULANAN',
    });
    expect(compareAroundCompletion(MID_2025, [Y2024, q, Y2025]).after?.appraisalId).toBe('a25');
  });
});

describe('programEffectiveness', () => {
  const completion = (
    employeeId: string,
    programId: string,
    over: Partial<CompletionPoint> = {},
  ): CompletionPoint => ({
    enrollmentId: `${employeeId}-${programId}`,
    employeeId,
    programId,
    programTitle: `Program ${programId}`,
    completedAt: MID_2025,
    score: null,
    survey: null,
    ...over,
  });

  it('should aggregate level 1 to 4 per program', () => {
    const history: Record<string, AppraisalPoint[]> = {
      up: [Y2024, Y2025],
      flat: [Y2024, appraisal('f', '2025-12-31', '2026-01-20T03:00:00Z', 'below', 'meets')],
      waiting: [Y2024],
    };
    const rows = programEffectiveness(
      [
        completion('up', 'p1', {
          score: 80,
          survey: { relevance: 5, satisfaction: 4, wouldRecommend: true },
        }),
        completion('flat', 'p1', {
          score: 70,
          survey: { relevance: 3, satisfaction: 2, wouldRecommend: false },
        }),
        completion('waiting', 'p1'),
        completion('up', 'p2'),
      ],
      (id) => history[id] ?? [],
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual({
      programId: 'p1',
      programTitle: 'Program p1',
      completions: 3,
      level3: {
        n: 2,
        improved: 1,
        same: 1,
        worse: 0,
        pending: 1,
        noBaseline: 0,
        meanChange: 1,
        meanHasilKerjaChange: 0.5,
        meanPerilakuKerjaChange: 0.5,
      },
      level1: { responses: 2, meanRelevance: 4, meanSatisfaction: 3, wouldRecommendShare: 0.5 },
      level2: { scored: 2, meanScore: 75 },
    });
    expect(rows[1]).toMatchObject({
      programId: 'p2',
      level3: { n: 1, improved: 1 },
      level1: { responses: 0, meanRelevance: null },
      level2: { scored: 0, meanScore: null },
    });
  });
});
