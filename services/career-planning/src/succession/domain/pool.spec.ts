import { readinessFor } from '../../plan/domain/readiness';
import type { CandidateDoc } from '../succession.schema';
import type { MeritCriteria } from '../../rank/domain/merit';
import { isEligible, mergePool, type Eligible } from './pool';

const criteria = (recognitions: MeritCriteria['recognitions'] = []): MeritCriteria => ({
  predikatHistory: [{ year: 2025, predikat: 'BAIK' }],
  box: 8,
  jpmHeld: 80,
  jpmTarget: 70,
  jp: [{ year: 2026, jp: 20 }],
  rank: { golongan: 'III/c', tmt: '2022-04-01' },
  recognitions,
});

const readiness = (score: number, level: 'READY_NOW' | 'READY_1_2_YEARS') => ({
  ...readinessFor({
    target: { id: 'jab-kabid', name: 'Kabid', group: 'ADMINISTRATOR', grade: 11 },
    held: { group: 'PENGAWAS', grade: 9 },
    gaps: null,
    trainings: [],
    predikat: 'BAIK',
    year: 2026,
  }),
  score,
  level,
});
const eligible = (
  employeeId: string,
  box: number,
  score: number,
  level: 'READY_NOW' | 'READY_1_2_YEARS',
  recognitions: MeritCriteria['recognitions'] = [],
): Eligible => ({
  employeeId,
  box,
  heldGrade: 9,
  readiness: readiness(score, level),
  criteria: criteria(recognitions),
});

describe(isEligible.name, () => {
  it('should exclude the holder, people above the post, too far below, or with no post', () => {
    expect(isEligible({ employeeId: 'h', heldGrade: 9 }, 11, 'h')).toBe(false);
    expect(isEligible({ employeeId: 'a', heldGrade: 12 }, 11, null)).toBe(false);
    expect(isEligible({ employeeId: 'b', heldGrade: 6 }, 11, null)).toBe(false);
    expect(isEligible({ employeeId: 'c', heldGrade: null }, 11, null)).toBe(false);
    expect(isEligible({ employeeId: 'd', heldGrade: 7 }, 11, null)).toBe(true);
    expect(isEligible({ employeeId: 'e', heldGrade: 11 }, 11, null)).toBe(true);
  });
});

describe(mergePool.name, () => {
  it('should rank by readiness and give the box as the first reason', () => {
    const pool = mergePool(
      [],
      [eligible('a', 9, 70, 'READY_1_2_YEARS'), eligible('b', 7, 85, 'READY_NOW')],
    );
    expect(pool.map((c) => [c.rank, c.employeeId, c.status])).toEqual([
      [1, 'b', 'PROPOSED'],
      [2, 'a', 'PROPOSED'],
    ]);
    expect(pool[0].reasons[0]).toEqual({ id: 'Kotak 9-box 7.', en: '9-box 7.' });
  });

  it("should keep the admin's decisions across refreshes and drop proposals no longer eligible", () => {
    const previous = mergePool(
      [],
      [
        eligible('a', 9, 70, 'READY_1_2_YEARS'),
        eligible('b', 7, 85, 'READY_NOW'),
        eligible('c', 8, 60, 'READY_1_2_YEARS'),
      ],
    );
    const decided: CandidateDoc[] = previous.map((c) =>
      c.employeeId === 'a'
        ? { ...c, status: 'CONFIRMED' }
        : c.employeeId === 'b'
          ? { ...c, status: 'REMOVED' }
          : c,
    );
    const next = mergePool(decided, [eligible('b', 7, 90, 'READY_NOW')]);
    expect(next.map((c) => [c.employeeId, c.status, c.eligible])).toEqual([
      ['b', 'REMOVED', true],
      ['a', 'CONFIRMED', false],
    ]);
  });
});

describe('mergePool merit criteria', () => {
  const award = {
    kind: 'PENGHARGAAN' as const,
    title: 'Satyalancana Karya Satya',
    level: 'NASIONAL' as const,
    awardedOn: '2025-08-17',
  };

  it('should keep the objective criteria with each candidate and list recognitions as reasons', () => {
    const [c] = mergePool([], [eligible('a', 8, 70, 'READY_NOW', [award])]);
    expect(c.criteria).toMatchObject({ box: 8, jpmTarget: 70, rank: { golongan: 'III/c' } });
    expect(c.reasons.at(-1)).toEqual({
      id: 'Penghargaan tingkat nasional (2025): Satyalancana Karya Satya.',
      en: 'Award, national level (2025): Satyalancana Karya Satya.',
    });
  });

  it('should let a recognition decide between equally ready candidates of the same box', () => {
    const pool = mergePool(
      [],
      [eligible('a', 8, 70, 'READY_NOW'), eligible('b', 8, 70, 'READY_NOW', [award])],
    );
    expect(pool.map((c) => c.employeeId)).toEqual(['b', 'a']);
  });
});
