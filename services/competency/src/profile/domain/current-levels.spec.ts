import { currentLevels, type Assessment } from './current-levels';
import {
  DEFAULT_CURRENT_LEVEL_POLICY,
  type CurrentLevelPolicy,
} from '../../settings/domain/assessment-policy';

const K = 'KERJA_SAMA';
const a = (
  level: Assessment['level'],
  source: Assessment['source'],
  assessedAt: string,
  code = K,
): Assessment => ({ code, level, source, assessedAt });

describe('currentLevels', () => {
  it('should take the newest assessment when they are rounds apart', () => {
    const levels = currentLevels([
      a(2, 'ASSESSMENT_CENTER', '2023-05-10'),
      a(3, 'SUPERVISOR', '2025-03-01'),
    ]);
    expect(levels.get(K)).toMatchObject({ level: 3, basis: { source: 'SUPERVISOR' } });
  });

  it('should let the assessment centre win over a newer self-assessment of the same round', () => {
    const levels = currentLevels([
      a(2, 'ASSESSMENT_CENTER', '2025-03-01'),
      a(4, 'SELF', '2025-04-15'),
    ]);
    expect(levels.get(K)).toMatchObject({ level: 2, basis: { source: 'ASSESSMENT_CENTER' } });
  });

  it('should let the assessment centre win over a self-assessment of the same day', () => {
    const levels = currentLevels([
      a(4, 'SELF', '2025-03-01'),
      a(3, 'ASSESSMENT_CENTER', '2025-03-01'),
    ]);
    expect(levels.get(K)?.level).toBe(3);
  });

  it('should cap a later self-assessment at the last assessment-centre level when it claims more', () => {
    const ac = a(2, 'ASSESSMENT_CENTER', '2023-05-10');
    const self = a(4, 'SELF', '2025-06-01');
    expect(currentLevels([ac, self]).get(K)).toEqual({
      code: K,
      level: 2,
      basis: self,
      cappedBy: ac,
    });
  });

  it('should let a later self-assessment lower the level when it admits less', () => {
    const levels = currentLevels([
      a(3, 'ASSESSMENT_CENTER', '2023-05-10'),
      a(2, 'SELF', '2025-06-01'),
    ]);
    expect(levels.get(K)).toMatchObject({ level: 2, basis: { source: 'SELF' } });
    expect(levels.get(K)?.cappedBy).toBeUndefined();
  });

  it('should take a self-assessment as it is when there is nothing else', () => {
    expect(currentLevels([a(3, 'SELF', '2025-06-01')]).get(K)?.level).toBe(3);
  });

  it('should raise the level after a completed training when it is the newest round', () => {
    const levels = currentLevels([
      a(2, 'ASSESSMENT_CENTER', '2024-01-10'),
      a(3, 'TRAINING', '2025-09-30'),
    ]);
    expect(levels.get(K)).toMatchObject({ level: 3, basis: { source: 'TRAINING' } });
  });

  it('should keep the one recorded last when source and date are the same', () => {
    const levels = currentLevels([
      a(2, 'SUPERVISOR', '2025-03-01'),
      a(3, 'SUPERVISOR', '2025-03-01'),
    ]);
    expect(levels.get(K)?.level).toBe(3);
  });

  it('should derive each competency on its own when several are assessed', () => {
    const levels = currentLevels([
      a(2, 'ASSESSMENT_CENTER', '2025-01-01', 'INTEGRITAS'),
      a(4, 'SUPERVISOR', '2025-01-01', 'KOMUNIKASI'),
    ]);
    expect([...levels.keys()].sort()).toEqual(['INTEGRITAS', 'KOMUNIKASI']);
    expect(levels.get('KOMUNIKASI')?.level).toBe(4);
  });

  it('should ignore a source when the agency policy gives it no precedence', () => {
    const policy: CurrentLevelPolicy = {
      ...DEFAULT_CURRENT_LEVEL_POLICY,
      precedence: { ...DEFAULT_CURRENT_LEVEL_POLICY.precedence, SELF: 0 },
    };
    expect(currentLevels([a(4, 'SELF', '2025-06-01')], policy).size).toBe(0);
  });

  it('should let a newer supervisor assessment win when the agency shortens the round', () => {
    const policy: CurrentLevelPolicy = { ...DEFAULT_CURRENT_LEVEL_POLICY, sameAgeDays: 0 };
    const history = [a(2, 'ASSESSMENT_CENTER', '2025-03-01'), a(3, 'SUPERVISOR', '2025-03-20')];
    expect(currentLevels(history).get(K)?.level).toBe(2);
    expect(currentLevels(history, policy).get(K)?.level).toBe(3);
  });

  it('should throw RangeError when a date cannot be read', () => {
    expect(() => currentLevels([a(2, 'SELF', 'kemarin')])).toThrow(RangeError);
  });
});
