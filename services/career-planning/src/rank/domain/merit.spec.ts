import { meritCriteria, recognitionNotes } from './merit';

describe(meritCriteria.name, () => {
  it('should gather predikat newest first, box, JPM, JP of this year and last, rank and recognitions', () => {
    const c = meritCriteria(
      {
        predikatHistory: [
          { year: 2024, predikat: 'BAIK' },
          { year: 2025, predikat: 'SANGAT_BAIK' },
        ],
        placement: { box: 8 },
        gaps: { jpmHeld: 82, jpmTarget: 71 },
        trainings: [
          { jp: 12, year: 2026 },
          { jp: 8.5, year: 2026 },
          { jp: 30, year: 2025 },
          { jp: 40, year: 2020 },
        ],
      },
      { golongan: 'III/c', tmt: '2022-04-01' },
      [{ kind: 'INOVASI', title: 'Rujukan Daring', level: 'NASIONAL', awardedOn: '2025-08-17' }],
      '2026-12-03',
    );
    expect(c).toMatchObject({
      predikatHistory: [
        { year: 2025, predikat: 'SANGAT_BAIK' },
        { year: 2024, predikat: 'BAIK' },
      ],
      box: 8,
      jpmHeld: 82,
      jpmTarget: 71,
      jp: [
        { year: 2026, jp: 20.5 },
        { year: 2025, jp: 30 },
      ],
      rank: { golongan: 'III/c', tmt: '2022-04-01' },
    });
    expect(recognitionNotes(c).map((n) => n.en)).toEqual([
      'Innovation, national level (2025): Rujukan Daring.',
      'National or international achievement: may be considered for an extraordinary promotion.',
    ]);
  });

  it('should show empty criteria for a person with no talent profile', () => {
    const c = meritCriteria(null, null, [], '2026-12-03');
    expect(c).toEqual({
      predikatHistory: [],
      box: null,
      jpmHeld: null,
      jpmTarget: null,
      jp: [
        { year: 2026, jp: 0 },
        { year: 2025, jp: 0 },
      ],
      rank: null,
      recognitions: [],
    });
    expect(recognitionNotes(c)).toEqual([]);
  });
});
