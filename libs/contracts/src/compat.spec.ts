import { compatibilityProblems } from './compat';

const base = {
  type: 'object',
  required: ['employeeId', 'predikat'],
  properties: {
    employeeId: { type: 'string', minLength: 1 },
    predikat: { type: 'string', enum: ['BAIK', 'SANGAT_BAIK'] },
    score: { type: 'number', minimum: 0, maximum: 100 },
    notes: { type: 'array', items: { type: 'string' } },
  },
};
const clone = (): typeof base => JSON.parse(JSON.stringify(base)) as typeof base;

describe('compatibilityProblems', () => {
  it('should accept an identical schema', () => {
    expect(compatibilityProblems(base, clone())).toEqual([]);
  });

  it('should accept a new optional or required property when consumers ignore extras', () => {
    const next = clone() as unknown as { properties: Record<string, unknown>; required: string[] };
    next.properties.unit = { type: 'string' };
    next.required.push('unit');
    expect(compatibilityProblems(base, next)).toEqual([]);
  });

  it('should flag a required field that became optional', () => {
    const next = clone();
    next.required = ['employeeId'];
    expect(compatibilityProblems(base, next)).toEqual(['$.predikat: no longer required']);
  });

  it('should flag a removed property', () => {
    const next = clone() as unknown as { properties: Record<string, unknown> };
    delete next.properties.score;
    expect(compatibilityProblems(base, next)).toEqual(['$.score: property removed']);
  });

  it('should flag an enum that gained a value', () => {
    const next = clone();
    next.properties.predikat.enum.push('KURANG');
    expect(compatibilityProblems(base, next)).toEqual(['$.predikat: enum gained KURANG']);
  });

  it('should flag a changed type and a relaxed bound inside arrays and numbers', () => {
    const next = clone() as unknown as {
      properties: { notes: { items: { type: string } }; score: { maximum: number } };
    };
    next.properties.notes.items.type = 'object';
    next.properties.score.maximum = 1000;
    expect(compatibilityProblems(base, next)).toEqual([
      '$.score: maximum relaxed',
      '$.notes[]: type widened to object',
    ]);
  });

  it('should flag new properties where the old schema forbade extras', () => {
    const closed = { ...clone(), additionalProperties: false };
    const next = {
      ...clone(),
      additionalProperties: false,
      properties: { ...clone().properties, extra: { type: 'string' } },
    };
    expect(compatibilityProblems(closed, next)).toEqual([
      '$.extra: added where the old schema forbade extras',
    ]);
  });

  it('should look inside a nullable object: a field added is fine, one removed is not', () => {
    const nullable = (properties: Record<string, unknown>) => ({
      anyOf: [{ type: 'object', required: ['id'], properties }, { type: 'null' }],
    });
    const before = nullable({ id: { type: 'string' }, name: { type: 'string' } });
    const grown = nullable({ id: { type: 'string' }, name: { type: 'string' }, group: {} });
    expect(compatibilityProblems(before, grown)).toEqual([]);
    expect(compatibilityProblems(before, nullable({ id: { type: 'string' } }))).toEqual([
      '$.anyOf[0].name: property removed',
    ]);
    expect(compatibilityProblems(before, { anyOf: [{ type: 'null' }] })).toEqual([
      '$: anyOf changed (review by hand)',
    ]);
  });
});
