import { nestsDeeperThan } from './json-depth';

const nestedArrays = (levels: number): unknown =>
  JSON.parse(`${'['.repeat(levels)}${']'.repeat(levels)}`);
const nestedObjects = (levels: number): unknown =>
  JSON.parse(`${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`);

describe(nestsDeeperThan.name, () => {
  it.each([
    ['a scalar', 1, 0],
    ['null', null, 0],
    ['an empty array', [], 1],
    ['an empty object', {}, 1],
    ['an ordinary form', { a: [{ b: { c: [1, 2] } }], d: 'x' }, 5],
  ])('should measure %s as depth %i', (_name, value, depth) => {
    expect(nestsDeeperThan(value, depth)).toBe(false);
    if (depth > 0) expect(nestsDeeperThan(value, depth - 1)).toBe(true);
  });

  it('should find the deepest branch wherever it is', () => {
    const value = { wide: [1, 2, 3], deep: { a: { b: { c: {} } } }, last: [] };
    expect(nestsDeeperThan(value, 4)).toBe(true);
    expect(nestsDeeperThan(value, 5)).toBe(false);
  });

  it('should check 20,000 levels of arrays or objects without overflowing the stack', () => {
    expect(nestsDeeperThan(nestedArrays(20_000), 32)).toBe(true);
    expect(nestsDeeperThan(nestedObjects(20_000), 32)).toBe(true);
    expect(nestsDeeperThan(nestedArrays(32), 32)).toBe(false);
    expect(nestsDeeperThan(nestedArrays(33), 32)).toBe(true);
  });
});
