import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { components, importsOf, pathBack } from './import-cycles';

describe('import cycles', () => {
  it('should put the nodes of a cycle in one component and a tail outside it', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
    ]);
    const of = components(graph);
    expect(of.get('a')).toBe(of.get('b'));
    expect(of.get('b')).toBe(of.get('c'));
    expect(of.get('d')).not.toBe(of.get('a'));
  });

  it('should give the shortest way back when an import closes a cycle', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c', 'a']],
      ['c', ['a']],
    ]);
    expect(pathBack(graph, 'b', 'a')).toEqual(['b', 'a']);
    expect(pathBack(graph, 'c', 'b')).toEqual(['c', 'a', 'b']);
  });

  it('should mark imports of types alone, which a compiled file no longer has', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cycles-'));
    try {
      const file = join(dir, 'x.ts');
      writeFileSync(
        file,
        [
          "import type { A } from './a';",
          "import { type B, type C } from './b';",
          "import { type D, e } from './d';",
          "export { f } from './f';",
          "export type { G } from './g';",
        ].join('\n'),
      );
      expect(importsOf(file)).toEqual([
        { specifier: './a', typeOnly: true },
        { specifier: './b', typeOnly: true },
        { specifier: './d', typeOnly: false },
        { specifier: './f', typeOnly: false },
        { specifier: './g', typeOnly: true },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
