import {
  acceptanceByUnit,
  rotationOptions,
  rotationTriggers,
  wholeYears,
  type DecidedRotation,
} from './rotation';

const person = (box: number | null, validFrom = '2024-01-02') => ({
  box,
  held: { positionId: 'jab-a', grade: 9, validFrom },
  gapCodes: ['KOMUNIKASI', 'KERJA_SAMA'],
});
const posts = [
  { positionId: 'jab-a', grade: 9, competencies: ['KOMUNIKASI'] },
  { positionId: 'jab-b', grade: 9, competencies: ['KOMUNIKASI'] },
  { positionId: 'jab-c', grade: 9, competencies: ['KERJA_SAMA', 'KOMUNIKASI', 'INTEGRITAS'] },
  { positionId: 'jab-d', grade: 10, competencies: ['KOMUNIKASI'] },
  { positionId: 'jab-e', grade: 9, competencies: ['INTEGRITAS'] },
];
const TODAY = '2026-03-02';

describe(rotationTriggers.name, () => {
  it.each([4, 7, 8])('should open a review for 9-box %d', (box) => {
    expect(rotationTriggers(person(box), TODAY, 5)).toEqual(['NINE_BOX']);
  });

  it.each([1, 2, 3, 5, 6, 9, null])('should open no review for box %s with short tenure', (box) => {
    expect(rotationTriggers(person(box), TODAY, 5)).toEqual([]);
  });

  it('should open a review after the configured years in one post, to the day', () => {
    expect(rotationTriggers(person(5, '2021-03-03'), TODAY, 5)).toEqual([]);
    expect(rotationTriggers(person(5, '2021-03-02'), TODAY, 5)).toEqual(['TENURE']);
    expect(rotationTriggers(person(8, '2023-03-02'), TODAY, 3)).toEqual(['TENURE', 'NINE_BOX']);
  });

  it('should count whole years', () => {
    expect(wholeYears('2020-02-29', '2026-02-28')).toBe(5);
    expect(wholeYears('2020-02-29', '2026-03-01')).toBe(6);
    expect(wholeYears('2027-01-01', TODAY)).toBe(0);
  });
});

describe(rotationOptions.name, () => {
  it('should propose same-grade posts closing a gap for a 9-box review, most first', () => {
    expect(rotationOptions(person(8), posts, ['NINE_BOX'])).toEqual([
      {
        positionId: 'jab-c',
        closes: ['KERJA_SAMA', 'KOMUNIKASI'],
        develops: ['INTEGRITAS', 'KERJA_SAMA', 'KOMUNIKASI'],
      },
      { positionId: 'jab-b', closes: ['KOMUNIKASI'], develops: ['KOMUNIKASI'] },
    ]);
  });

  it('should also propose a post that only develops new competencies on a tenure review', () => {
    const options = rotationOptions({ ...person(5), gapCodes: [] }, posts, ['TENURE']);
    expect(options.map((o) => [o.positionId, o.closes, o.develops])).toEqual([
      ['jab-c', [], ['INTEGRITAS', 'KERJA_SAMA', 'KOMUNIKASI']],
      ['jab-b', [], ['KOMUNIKASI']],
      ['jab-e', [], ['INTEGRITAS']],
    ]);
  });

  it('should propose nothing without a trigger, or without a gap to close on a 9-box review', () => {
    expect(rotationOptions(person(8), posts, [])).toEqual([]);
    expect(rotationOptions({ ...person(8), gapCodes: [] }, posts, ['NINE_BOX'])).toEqual([]);
  });
});

describe(acceptanceByUnit.name, () => {
  it('should give acceptance and the objection reasons per unit', () => {
    const r = (
      unitId: string,
      status: DecidedRotation['status'],
      answer: DecidedRotation['employeeAnswer'],
    ) => ({
      unitId,
      status,
      employeeAnswer: answer,
    });
    const agreed = { answer: 'AGREED' as const, objection: null, reason: null };
    const family = { answer: 'OBJECTED' as const, objection: 'FAMILY' as const, reason: 'x' };
    const distance = { answer: 'OBJECTED' as const, objection: 'DISTANCE' as const, reason: null };
    expect(
      acceptanceByUnit([
        r('dinkes', 'APPROVED', agreed),
        r('dinkes', 'REJECTED', family),
        r('dinkes', 'PROPOSED', family),
        r('dinkes', 'PROPOSED', distance),
        r('bappeda', 'PROPOSED', null),
      ]),
    ).toEqual([
      {
        unitId: 'bappeda',
        proposed: 1,
        agreed: 0,
        objected: 0,
        noAnswer: 1,
        approved: 0,
        rejected: 0,
        acceptanceRate: null,
        objections: [],
      },
      {
        unitId: 'dinkes',
        proposed: 4,
        agreed: 1,
        objected: 3,
        noAnswer: 0,
        approved: 1,
        rejected: 1,
        acceptanceRate: 0.25,
        objections: [
          { code: 'FAMILY', count: 2 },
          { code: 'DISTANCE', count: 1 },
        ],
      },
    ]);
  });
});
