import { classifyMove } from './career-move';

describe(classifyMove.name, () => {
  const pengawas9 = { group: 'PENGAWAS', grade: 9 } as const;

  it('should call the first placement INITIAL', () => {
    expect(classifyMove(null, pengawas9)).toBe('INITIAL');
  });

  it('should call an equal grade HORIZONTAL, even across families', () => {
    expect(classifyMove(pengawas9, { group: 'PENGAWAS', grade: 9 })).toBe('HORIZONTAL');
    expect(classifyMove(pengawas9, { group: 'FUNGSIONAL', grade: 9 })).toBe('HORIZONTAL');
  });

  it('should call a higher grade in the same family VERTICAL (pengawas to administrator)', () => {
    expect(classifyMove(pengawas9, { group: 'ADMINISTRATOR', grade: 11 })).toBe('VERTICAL');
    expect(classifyMove({ group: 'FUNGSIONAL', grade: 8 }, { group: 'FUNGSIONAL', grade: 9 })).toBe(
      'VERTICAL',
    );
  });

  it('should call a higher grade in another family DIAGONAL', () => {
    expect(classifyMove(pengawas9, { group: 'FUNGSIONAL', grade: 10 })).toBe('DIAGONAL');
    expect(classifyMove({ group: 'ADMINISTRATOR', grade: 12 }, { group: 'JPT', grade: 14 })).toBe(
      'DIAGONAL',
    );
  });

  it('should call a lower grade LOWER', () => {
    expect(classifyMove(pengawas9, { group: 'PELAKSANA', grade: 7 })).toBe('LOWER');
  });
});
