import { unreadableFragment } from '@jenjang/contracts';
import { rankCandidates, readinessFor, type ReadinessInput } from './readiness';

const target = {
  id: 'jab-kabid',
  name: 'Kepala Bidang',
  group: 'ADMINISTRATOR',
  grade: 11,
} as const;
const input = (o: Partial<ReadinessInput> = {}): ReadinessInput => ({
  target,
  held: { group: 'PENGAWAS', grade: 9 },
  gaps: { jpmTarget: 95, targetGaps: [] },
  trainings: [{ jp: 40, year: 2026, competencies: [] }],
  predikat: 'SANGAT_BAIK',
  year: 2026,
  ...o,
});

describe(readinessFor.name, () => {
  it('should measure training against the agency minimum when the agency asks more than 20 JP', () => {
    const r = readinessFor(input({ jpRequiredPerYear: 40 }));
    expect(r.components.training).toBe(50);
    expect(r.reasons.map((x) => x.id)).toContain(
      '40 JP pelatihan dalam dua tahun terakhir (minimal instansi 80 JP).',
    );
  });

  it('should never measure below the PNS floor when the agency minimum is unknown', () => {
    const r = readinessFor(input({ trainings: [{ jp: 12.5, year: 2026, competencies: [] }] }));
    expect(r.reasons.map((x) => x.id)).toContain(
      '12,5 JP pelatihan dalam dua tahun terakhir (minimal instansi 40 JP).',
    );
  });

  it('should name the predikat in words when giving the reason', () => {
    const r = readinessFor(input({ predikat: 'BUTUH_PERBAIKAN' }));
    expect(r.reasons.map((x) => x.id)).toContain(
      'Predikat kinerja tahunan terakhir: Butuh Perbaikan.',
    );
    expect(r.reasons.every((x) => unreadableFragment(`${x.id} ${x.en}`) === null)).toBe(true);
  });

  it('should call someone with no gap, enough training and a strong predikat ready now', () => {
    const r = readinessFor(input());
    expect(r).toMatchObject({ level: 'READY_NOW', move: 'VERTICAL', score: 97.5 });
    expect(r.components).toEqual({ competency: 95, training: 100, performance: 100 });
  });

  it('should hold back a person with an open gap, saying which and whether it was trained', () => {
    const r = readinessFor(
      input({
        gaps: {
          jpmTarget: 88,
          targetGaps: [
            { code: 'KOMUNIKASI', gap: 1 },
            { code: 'INTEGRITAS', gap: 0 },
          ],
        },
        trainings: [{ jp: 16, year: 2026, competencies: ['KOMUNIKASI'] }],
      }),
    );
    expect(r.level).toBe('READY_1_2_YEARS');
    expect(r.openGaps).toEqual([{ code: 'KOMUNIKASI', gap: 1, trainedSince: true }]);
    expect(r.reasons.map((x) => x.en)).toContain(
      '1 of the missing competencies were trained since the last analysis.',
    );
  });

  it('should count only the last two years of JP', () => {
    const r = readinessFor(
      input({
        trainings: [
          { jp: 40, year: 2023, competencies: [] },
          { jp: 10, year: 2025, competencies: [] },
        ],
      }),
    );
    expect(r.components.training).toBe(25);
  });

  it('should weigh what is known when the gap analysis is missing, and say so', () => {
    const r = readinessFor(input({ gaps: null, predikat: 'BAIK' }));
    expect(r.components.competency).toBeNull();
    expect(r.score).toBe(88); // (100*0.2 + 80*0.3) / 0.5
    expect(r.reasons[0].en).toBe('No competency gap analysis against this position yet.');
  });

  it('should be UNKNOWN with neither gap analysis nor predikat', () => {
    expect(readinessFor(input({ gaps: null, predikat: null })).level).toBe('UNKNOWN');
  });

  it('should need development for a weak predikat', () => {
    const r = readinessFor(
      input({ predikat: 'SANGAT_KURANG', gaps: { jpmTarget: 60, targetGaps: [] } }),
    );
    expect(r.level).toBe('NEEDS_DEVELOPMENT');
  });

  it('should never call a jump of more than three grades ready now', () => {
    const r = readinessFor(input({ held: { group: 'PELAKSANA', grade: 7 } }));
    expect(r.level).toBe('READY_1_2_YEARS');
    expect(r.move).toBe('VERTICAL');
  });
});

describe(rankCandidates.name, () => {
  const c = (employeeId: string, box: number, level: string, score: number | null) => ({
    employeeId,
    box,
    readiness: { ...readinessFor(input()), level: level as 'READY_NOW', score },
  });

  it('should rank by readiness level, then score, then box, then id', () => {
    const ranked = rankCandidates([
      c('e4', 9, 'NEEDS_DEVELOPMENT', 59),
      c('e3', 7, 'READY_1_2_YEARS', 70),
      c('e2', 9, 'READY_1_2_YEARS', 70),
      c('e1', 8, 'READY_NOW', 85),
      c('e0', 8, 'READY_1_2_YEARS', 75),
      c('e5', 8, 'UNKNOWN', null),
    ]);
    expect(ranked.map((r) => [r.rank, r.employeeId])).toEqual([
      [1, 'e1'],
      [2, 'e0'],
      [3, 'e2'],
      [4, 'e3'],
      [5, 'e4'],
      [6, 'e5'],
    ]);
  });
});
