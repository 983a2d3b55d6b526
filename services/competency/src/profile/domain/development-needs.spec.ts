import type { AppraisalNeed } from '../../appraisal-needs/domain/needs-from-appraisal';
import type { CompetencyKind, CompetencyLevel } from '../../dictionary/domain/competency';
import { developmentNeeds } from './development-needs';
import { gapAnalysis } from './gap-analysis';

const kinds = new Map<string, CompetencyKind>([
  ['INTEGRITAS', 'MANAJERIAL'],
  ['KERJA_SAMA', 'MANAJERIAL'],
  ['KOMUNIKASI', 'MANAJERIAL'],
  ['PELAYANAN_PUBLIK', 'MANAJERIAL'],
  ['PENGAMBILAN_KEPUTUSAN', 'MANAJERIAL'],
  ['PEREKAT_BANGSA', 'SOSIAL_KULTURAL'],
  ['TK-ANALISIS-KEBIJAKAN', 'TEKNIS'],
  ['TK-PENGADAAN', 'TEKNIS'],
  ['TK-SERTIFIKASI', 'TEKNIS'],
]);

const levels = (entries: Record<string, CompetencyLevel>) =>
  new Map(Object.entries(entries).map(([code, level]) => [code, { level }]));
const req = (entries: Record<string, CompetencyLevel>) => ({
  requirements: Object.entries(entries).map(([code, requiredLevel]) => ({ code, requiredLevel })),
});
const weakValue = (code: string, value: 'KOLABORATIF' | 'AKUNTABEL' | 'BERORIENTASI_PELAYANAN') =>
  ({
    code,
    reasons: [
      {
        origin: { kind: 'NILAI', value },
        text: { en: `The value ${value} was weak`, id: `Nilai ${value} lemah` },
      },
    ],
  }) satisfies AppraisalNeed;

describe('developmentNeeds', () => {
  const person = levels({
    INTEGRITAS: 2,
    KERJA_SAMA: 2,
    KOMUNIKASI: 3,
    PENGAMBILAN_KEPUTUSAN: 2,
    PEREKAT_BANGSA: 2,
    'TK-ANALISIS-KEBIJAKAN': 1,
    'TK-PENGADAAN': 2,
  });
  // Held (pengawas): short Integritas 1, Kerja Sama 1, Perekat Bangsa 1, Analisis 2, Pengadaan 1.
  const held = gapAnalysis(
    req({
      INTEGRITAS: 3,
      KERJA_SAMA: 3,
      KOMUNIKASI: 3,
      PEREKAT_BANGSA: 3,
      'TK-ANALISIS-KEBIJAKAN': 3,
      'TK-PENGADAAN': 3,
    }),
    person,
  );
  // Target (administrator): Kerja Sama 3 (as held), Pengambilan Keputusan 4 (short 2),
  // Sertifikasi 2 (never assessed: short 2).
  const target = gapAnalysis(
    req({ KERJA_SAMA: 3, PENGAMBILAN_KEPUTUSAN: 4, 'TK-SERTIFIKASI': 2 }),
    person,
  );
  const appraisalNeeds = [
    weakValue('KERJA_SAMA', 'KOLABORATIF'),
    weakValue('INTEGRITAS', 'AKUNTABEL'),
    weakValue('PELAYANAN_PUBLIK', 'BERORIENTASI_PELAYANAN'),
  ];

  it('should rank held gaps by size, then target too, appraisal too and kind; then appraisal-only; then target-only', () => {
    const needs = developmentNeeds(held, { kinds, targetGaps: target, appraisalNeeds });
    expect(needs.map((n) => [n.rank, n.code, n.source, n.gap])).toEqual([
      [1, 'TK-ANALISIS-KEBIJAKAN', 'GAP_HELD', 2],
      [2, 'KERJA_SAMA', 'GAP_HELD', 1], // the target requires it too
      [3, 'INTEGRITAS', 'GAP_HELD', 1], // the appraisal points at it too
      [4, 'PEREKAT_BANGSA', 'GAP_HELD', 1], // sosial kultural before teknis
      [5, 'TK-PENGADAAN', 'GAP_HELD', 1],
      [6, 'PELAYANAN_PUBLIK', 'APPRAISAL', 0],
      [7, 'PENGAMBILAN_KEPUTUSAN', 'GAP_TARGET', 2], // manajerial before teknis
      [8, 'TK-SERTIFIKASI', 'GAP_TARGET', 2],
    ]);
  });

  it('should rank by gap size first when held gaps alone are compared', () => {
    const needs = developmentNeeds(held, { kinds });
    expect(needs.map((n) => n.code)).toEqual([
      'TK-ANALISIS-KEBIJAKAN',
      'INTEGRITAS',
      'KERJA_SAMA',
      'PEREKAT_BANGSA',
      'TK-PENGADAAN',
    ]);
  });

  it('should name every source in both languages when several point at one competency', () => {
    const need = developmentNeeds(held, { kinds, targetGaps: target, appraisalNeeds }).find(
      (n) => n.code === 'KERJA_SAMA',
    );
    expect(need).toMatchObject({
      current: 2,
      levelNeeded: 3,
      requiredHeld: 3,
      requiredTarget: 3,
      relatedBerakhlakValue: 'KOLABORATIF',
    });
    expect(need?.reason).toEqual({
      id: 'Level saat ini 2. Jabatan yang diduduki mensyaratkan 3 (kurang 1). Nilai KOLABORATIF lemah. Jabatan target mensyaratkan 3 (kurang 1).',
      en: 'Current level 2. The position held requires 3 (1 short). The value KOLABORATIF was weak. The target position requires 3 (1 short).',
    });
  });

  it('should say the target requires it too when only the held position is short', () => {
    const need = developmentNeeds(gapAnalysis(req({ INTEGRITAS: 3 }), person), {
      kinds,
      targetGaps: gapAnalysis(req({ INTEGRITAS: 2 }), person),
    });
    expect(need[0]?.reason.en).toBe(
      'Current level 2. The position held requires 3 (1 short). The target position requires it too (level 2).',
    );
  });

  it('should treat a never-assessed requirement as level 0 when it ranks it', () => {
    const need = developmentNeeds([], { kinds, targetGaps: target }).find(
      (n) => n.code === 'TK-SERTIFIKASI',
    );
    expect(need).toMatchObject({ current: null, gap: 2, levelNeeded: 2, source: 'GAP_TARGET' });
    expect(need?.reason.id).toBe('Belum pernah dinilai. Jabatan target mensyaratkan 2 (kurang 2).');
  });

  it('should keep the level assessed as the level needed when only the appraisal points at it', () => {
    const need = developmentNeeds([], {
      kinds,
      appraisalNeeds: [weakValue('KOMUNIKASI', 'KOLABORATIF')],
    });
    expect(need).toMatchObject([{ source: 'APPRAISAL', current: null, levelNeeded: 1 }]);
  });

  it('should list nothing when every requirement is met or exceeded', () => {
    const gaps = gapAnalysis(req({ KOMUNIKASI: 2, INTEGRITAS: 2 }), person);
    expect(developmentNeeds(gaps, { kinds })).toEqual([]);
  });

  it('should keep at most ten needs when there are more gaps', () => {
    const many = Array.from({ length: 12 }, (_, i) => `TK-K${String(i).padStart(2, '0')}`);
    const gaps = gapAnalysis(
      { requirements: many.map((code) => ({ code, requiredLevel: 5 as const })) },
      new Map(many.map((code, i) => [code, { level: ((i % 4) + 1) as CompetencyLevel }] as const)),
    );
    const needs = developmentNeeds(gaps, { kinds });
    expect(needs).toHaveLength(10);
    expect(needs.map((n) => n.gap)).toEqual([4, 4, 4, 3, 3, 3, 2, 2, 2, 1]);
    expect(needs.map((n) => n.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(needs[0]).toMatchObject({ code: 'TK-K00', kind: null });
  });

  it('should respect a smaller limit when the caller asks for one', () => {
    expect(developmentNeeds(held, { kinds, limit: 2 })).toHaveLength(2);
  });
});
