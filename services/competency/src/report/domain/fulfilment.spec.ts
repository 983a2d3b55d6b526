import type { CompetencyLevel } from '../../dictionary/domain/competency';
import type { Requirement } from '../../standard/domain/position-standard';
import { commonGaps, fulfilmentBy, type ReportPerson } from './fulfilment';

const person = (
  employeeId: string,
  unitId: string,
  positionId: string | null,
  levels: [string, CompetencyLevel][],
): ReportPerson => ({
  employeeId,
  unitId,
  positionId,
  current: new Map(levels.map(([code, level]) => [code, { level }])),
});

const standards = new Map<string, Requirement[]>([
  [
    'analis',
    [
      { code: 'INTEGRITAS', requiredLevel: 3 },
      { code: 'KERJA_SAMA', requiredLevel: 3 },
    ],
  ],
]);

// Unit U1: a meets both (2/2), b meets INTEGRITAS only and was never assessed in KERJA_SAMA
// (1/2); c holds a position without a standard. Unit U2: d meets nothing (0/2).
const people = [
  person('a', 'U1', 'analis', [
    ['INTEGRITAS', 3],
    ['KERJA_SAMA', 4],
  ]),
  person('b', 'U1', 'analis', [['INTEGRITAS', 3]]),
  person('c', 'U1', 'kasi', [['INTEGRITAS', 1]]),
  person('d', 'U2', 'analis', [
    ['INTEGRITAS', 1],
    ['KERJA_SAMA', 2],
  ]),
  person('e', 'U2', null, []),
];

describe('fulfilmentBy', () => {
  it('should give the share of requirements met per unit, counting only people with a standard', () => {
    expect(fulfilmentBy(people, standards, (p) => p.unitId)).toEqual([
      {
        key: 'U1',
        employees: 3,
        withStandard: 2,
        meetingStandard: 1,
        requirementsMet: 3,
        requirementsTotal: 4,
        fulfilmentRate: 75,
        // a: 100, b: 3 of 6 = 50 → mean 75.
        averageJpm: 75,
      },
      {
        key: 'U2',
        employees: 1,
        withStandard: 1,
        meetingStandard: 0,
        requirementsMet: 0,
        requirementsTotal: 2,
        fulfilmentRate: 0,
        // min(1,3) + min(2,3) = 3 of 6.
        averageJpm: 50,
      },
    ]);
  });

  it('should report a position without a standard as not measured', () => {
    const rows = fulfilmentBy(people, standards, (p) => p.positionId);
    expect(rows.find((r) => r.key === 'kasi')).toMatchObject({
      employees: 1,
      withStandard: 0,
      fulfilmentRate: null,
      averageJpm: null,
    });
    expect(rows.find((r) => r.key === 'analis')).toMatchObject({
      employees: 3,
      fulfilmentRate: 50,
    });
  });
});

describe('commonGaps', () => {
  it('should rank competencies by how many people fall short, then by the mean shortfall', () => {
    expect(commonGaps(people, standards)).toEqual([
      { competencyCode: 'KERJA_SAMA', employeesShort: 2, notAssessed: 1, averageGap: 2 },
      { competencyCode: 'INTEGRITAS', employeesShort: 1, notAssessed: 0, averageGap: 2 },
    ]);
    expect(commonGaps(people, standards, 1)).toHaveLength(1);
  });
});
