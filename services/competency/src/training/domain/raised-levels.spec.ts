import { raisedLevels } from './raised-levels';

const known = new Set(['KERJA_SAMA', 'INTEGRITAS', 'KOMUNIKASI']);

describe('raisedLevels', () => {
  it('should raise only declared, known competencies above the current level', () => {
    const raised = raisedLevels(
      [
        { competencyCode: 'KERJA_SAMA', level: 3, raisesAssessedLevel: true },
        { competencyCode: 'INTEGRITAS', level: 4, raisesAssessedLevel: false },
        { competencyCode: 'KOMUNIKASI', level: 2, raisesAssessedLevel: true },
        { competencyCode: 'TK-TIDAK-DIKENAL', level: 3, raisesAssessedLevel: true },
      ],
      new Map([
        ['KERJA_SAMA', { level: 2 as const }],
        ['KOMUNIKASI', { level: 3 as const }],
      ]),
      known,
    );
    expect(raised).toEqual([{ code: 'KERJA_SAMA', level: 3 }]);
  });

  it('should raise a never-assessed competency and take the highest level listed twice', () => {
    expect(
      raisedLevels(
        [
          { competencyCode: 'INTEGRITAS', level: 2, raisesAssessedLevel: true },
          { competencyCode: 'INTEGRITAS', level: 3, raisesAssessedLevel: true },
        ],
        new Map(),
        known,
      ),
    ).toEqual([{ code: 'INTEGRITAS', level: 3 }]);
  });

  it('should raise nothing when the program certifies no level', () => {
    expect(
      raisedLevels(
        [{ competencyCode: 'KERJA_SAMA', level: 5, raisesAssessedLevel: false }],
        new Map(),
        known,
      ),
    ).toEqual([]);
  });
});
