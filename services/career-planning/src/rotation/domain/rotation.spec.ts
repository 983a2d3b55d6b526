import { rotationOptions } from './rotation';

const person = (box: number) => ({
  box,
  held: { positionId: 'jab-a', grade: 9 },
  gapCodes: ['KOMUNIKASI', 'KERJA_SAMA'],
});
const posts = [
  { positionId: 'jab-a', grade: 9, competencies: ['KOMUNIKASI'] },
  { positionId: 'jab-b', grade: 9, competencies: ['KOMUNIKASI'] },
  { positionId: 'jab-c', grade: 9, competencies: ['KERJA_SAMA', 'KOMUNIKASI', 'INTEGRITAS'] },
  { positionId: 'jab-d', grade: 10, competencies: ['KOMUNIKASI'] },
  { positionId: 'jab-e', grade: 9, competencies: ['INTEGRITAS'] },
];

describe(rotationOptions.name, () => {
  it.each([4, 7, 8])(
    'should propose same-grade posts closing a gap for box %d, most first',
    (box) => {
      expect(rotationOptions(person(box), posts)).toEqual([
        { positionId: 'jab-c', closes: ['KERJA_SAMA', 'KOMUNIKASI'] },
        { positionId: 'jab-b', closes: ['KOMUNIKASI'] },
      ]);
    },
  );

  it.each([1, 2, 3, 5, 6, 9])('should propose nothing for box %d', (box) => {
    expect(rotationOptions(person(box), posts)).toEqual([]);
  });

  it('should propose nothing without a gap to close', () => {
    expect(rotationOptions({ ...person(8), gapCodes: [] }, posts)).toEqual([]);
  });
});
