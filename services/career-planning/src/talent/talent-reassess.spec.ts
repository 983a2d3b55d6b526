import { talentBoxAssignedV1 } from '@jenjang/contracts';
import { DEFAULT_CUTOFFS } from './domain/nine-box';
import { emptyProfile } from './talent-profile.repository';
import { reassess } from './talent.service';

describe(reassess.name, () => {
  const now = new Date('2026-01-27T02:15:00Z');
  const cause = {
    kind: 'APPRAISAL_FINALIZED' as const,
    effectId: 'ev-1',
    event: { id: 'ev-1', type: talentBoxAssignedV1.type },
  };
  const kinerja = {
    year: 2025,
    predikat: 'BAIK' as const,
    appraisalId: 'a1',
    version: 1,
    eventId: 'ev-1',
  };
  const potential = {
    assessmentId: 'p1',
    score: 85,
    scale: { min: 0, max: 100 },
    source: 'ASSESSMENT_CENTER',
    assessedOn: '2025-10-01',
  };
  const base = { ...emptyProfile('AG1', 'emp-1', now), unitId: 'u1', potential };

  it('should stage one valid talent-box-assigned when the first box is known', () => {
    const change = reassess(base, { kinerja }, DEFAULT_CUTOFFS, cause, now);
    expect(change.set.placement).toMatchObject({ box: 8, kinerja: 'MEDIUM', potensi: 'HIGH' });
    expect(change.events).toHaveLength(1);
    const payload = JSON.parse(change.events[0].payload) as { box: number; previousBox: null };
    expect(talentBoxAssignedV1.validate(payload).ok).toBe(true);
    expect(payload).toMatchObject({ box: 8, previousBox: null });
  });

  it('should stage nothing when the box stays, but keep the newer kinerja year', () => {
    const placed = {
      ...base,
      kinerja,
      placement: {
        box: 8 as const,
        kinerja: 'MEDIUM' as const,
        potensi: 'HIGH' as const,
        year: 2025,
        predikat: 'BAIK' as const,
        assignedAt: now,
      },
    };
    const change = reassess(
      placed,
      { kinerja: { ...kinerja, year: 2026, appraisalId: 'a2' } },
      DEFAULT_CUTOFFS,
      cause,
      now,
    );
    expect(change.events).toEqual([]);
    expect(change.set.placement).toMatchObject({ box: 8, year: 2026 });
    expect(change.set.boxHistory).toBeUndefined();
  });

  it('should give the same event id for the same cause (a redelivered effect)', () => {
    const a = reassess(base, { kinerja }, DEFAULT_CUTOFFS, cause, now);
    const b = reassess(base, { kinerja }, DEFAULT_CUTOFFS, cause, new Date());
    expect(a.events[0].id).toBe(b.events[0].id);
  });
});
