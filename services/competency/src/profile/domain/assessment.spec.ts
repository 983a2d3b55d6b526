import { gapsAssessedV1 } from '@jenjang/contracts';
import { needsFromAppraisal } from '../../appraisal-needs/domain/needs-from-appraisal';
import type { CompetencyLevel } from '../../dictionary/domain/competency';
import { assess, deterministicId } from './assessment';
import type { CompetencyLabel } from '../../dictionary/domain/competency';

const labels = new Map<string, CompetencyLabel>([
  ['INTEGRITAS', { name: 'Integritas', kind: 'MANAJERIAL' }],
  ['KERJA_SAMA', { name: 'Kerja Sama', kind: 'MANAJERIAL' }],
  ['KOMUNIKASI', { name: 'Komunikasi', kind: 'MANAJERIAL' }],
  ['PEREKAT_BANGSA', { name: 'Perekat Bangsa', kind: 'SOSIAL_KULTURAL' }],
]);
const levels = (entries: [string, CompetencyLevel][]) =>
  new Map(entries.map(([code, level]) => [code, { level }]));

describe('assess', () => {
  it('should compute held and target gaps, both JPMs and ranked needs with names', () => {
    const result = assess({
      held: {
        requirements: [
          { code: 'INTEGRITAS', requiredLevel: 3 },
          { code: 'KERJA_SAMA', requiredLevel: 3 },
        ],
      },
      target: {
        requirements: [
          { code: 'INTEGRITAS', requiredLevel: 4 },
          { code: 'KOMUNIKASI', requiredLevel: 4 },
        ],
      },
      current: levels([
        ['INTEGRITAS', 3],
        ['KERJA_SAMA', 2],
        ['KOMUNIKASI', 4],
      ]),
      appraisalNeeds: [],
      labels,
    });
    // Held: min(3,3) + min(2,3) = 5 of 6 → 83.33; target: min(3,4) + min(4,4) = 7 of 8 → 87.5.
    expect(result.heldJpm?.percent).toBe(83.33);
    expect(result.targetJpm?.percent).toBe(87.5);
    expect(result.formula).toBe('JPM-MIN-CAPPED-v1');
    expect(result.gaps).toEqual([
      expect.objectContaining({ competencyCode: 'INTEGRITAS', gap: 0, against: 'HELD' }),
      expect.objectContaining({ competencyCode: 'KERJA_SAMA', gap: 1, against: 'HELD' }),
      expect.objectContaining({ competencyCode: 'INTEGRITAS', gap: 1, against: 'TARGET' }),
      expect.objectContaining({ competencyCode: 'KOMUNIKASI', gap: 0, against: 'TARGET' }),
    ]);
    expect(result.needs.map((n) => [n.rank, n.competencyCode, n.source, n.levelNeeded])).toEqual([
      [1, 'KERJA_SAMA', 'GAP_HELD', 3],
      [2, 'INTEGRITAS', 'GAP_TARGET', 4],
    ]);
    expect(result.needs[0].competencyName).toBe('Kerja Sama');
  });

  it('should give a null JPM and no HELD gaps when the position held has no standard, keeping appraisal needs', () => {
    const appraisalNeeds = needsFromAppraisal({
      period: {
        kind: 'TAHUNAN',
        year: 2025,
        index: null,
        startDate: '2025-01-01',
        endDate: '2025-12-31',
      },
      ratingHasilKerja: 'SESUAI_EKSPEKTASI',
      ratingPerilakuKerja: 'DI_BAWAH_EKSPEKTASI',
      predikat: 'KURANG_MISCONDUCT',
      perilaku: [{ value: 'KOLABORATIF', rating: 'DI_BAWAH_EKSPEKTASI' }],
    });
    const result = assess({
      held: null,
      target: null,
      current: new Map(),
      appraisalNeeds,
      labels,
    });
    expect(result.heldJpm).toBeNull();
    expect(result.targetJpm).toBeNull();
    expect(result.gaps).toEqual([]);
    expect(result.needs).toEqual([
      expect.objectContaining({
        rank: 1,
        competencyCode: 'KERJA_SAMA',
        source: 'APPRAISAL',
        relatedBerakhlakValue: 'KOLABORATIF',
      }),
    ]);
  });

  it('should produce a body the public gaps-assessed schema accepts', () => {
    const result = assess({
      held: { requirements: [{ code: 'PEREKAT_BANGSA', requiredLevel: 2 }] },
      target: null,
      current: new Map(),
      appraisalNeeds: [],
      labels,
    });
    const data = {
      assessmentId: deterministicId('event-1', 'emp-1'),
      employeeId: 'emp-1',
      agencyId: 'ag-1',
      unitId: 'ag-1.unit',
      position: { id: 'jab-1', name: 'Analis', group: 'FUNGSIONAL' },
      targetPosition: null,
      cause: { kind: 'PROFILE_UPDATED', eventId: null, eventType: null },
      jpm: {
        heldPosition: result.heldJpm?.percent ?? null,
        targetPosition: null,
        formula: result.formula,
      },
      gaps: result.gaps,
      needs: result.needs,
      assessedAt: '2026-01-05T00:00:00.000Z',
    };
    expect(gapsAssessedV1.validate(data)).toMatchObject({ ok: true });
    expect(result.heldJpm?.percent).toBe(0);
  });
});

describe('assess (texts)', () => {
  it('should cut a name longer than the event allows', () => {
    const long = 'N'.repeat(300);
    const result = assess({
      held: { requirements: [{ code: 'TK-PANJANG', requiredLevel: 2 }] },
      target: null,
      current: new Map(),
      appraisalNeeds: [],
      labels: new Map([['TK-PANJANG', { name: long, kind: 'TEKNIS' }]]),
    });
    expect(result.gaps[0].competencyName).toHaveLength(200);
    expect(result.needs[0].competencyName.endsWith('…')).toBe(true);
  });
});

describe('deterministicId', () => {
  it('should be the same UUID for the same parts and differ for others', () => {
    const id = deterministicId('event-1', 'emp-1');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(deterministicId('event-1', 'emp-1')).toBe(id);
    expect(deterministicId('event-1', 'emp-2')).not.toBe(id);
    expect(deterministicId('event-1e', 'mp-1')).not.toBe(id);
  });
});
