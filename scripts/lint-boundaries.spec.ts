import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// The architecture rules must restrict for real: lint throw-away files placed where a careless
// change would put them, with the repository's own ESLint configuration.
const ROOT = join(__dirname, '..');
const probeDir = join(ROOT, 'services/evaluation/src/zz-boundary-probe');

function write(relPath: string, text: string): string {
  const file = join(ROOT, relPath);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
  return file;
}

function lint(relPath: string, text: string): string[] {
  const file = write(relPath, text);
  // ESLint's config loader needs native ESM, which jest's module system does not give: run the CLI.
  let out: string;
  try {
    out = execFileSync('npx', ['eslint', '--format', 'json', file], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch (error) {
    out = (error as { stdout: string }).stdout;
  }
  const [result] = JSON.parse(out) as { messages: { ruleId: string; message: string }[] }[];
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('module boundaries', () => {
  beforeAll(() => {
    execFileSync('npx', ['nx', 'show', 'projects'], { cwd: ROOT, stdio: 'ignore' });
  }, 60_000);

  afterAll(() => rmSync(probeDir, { recursive: true, force: true }));

  it('should refuse a service importing another service', () => {
    const messages = lint(
      'services/evaluation/src/zz-boundary-probe/cross.ts',
      "import { bootstrap } from '../../../training/src/main';\nexport const x = bootstrap;\n",
    );
    expect(messages.some((m) => m.startsWith('@nx/enforce-module-boundaries'))).toBe(true);
  }, 60_000);

  it('should refuse the demo data outside a service seed', () => {
    const messages = lint(
      'services/evaluation/src/zz-boundary-probe/demo.ts',
      "import { demoId } from '@jenjang/demo-data';\nexport const x = demoId;\n",
    );
    expect(messages.some((m) => m.startsWith('@nx/enforce-module-boundaries'))).toBe(true);
  }, 60_000);

  it('should refuse framework imports in domain code', () => {
    const messages = lint(
      'services/evaluation/src/zz-boundary-probe/domain/rule.ts',
      "import { Injectable } from '@nestjs/common';\nexport const x = Injectable;\n",
    );
    expect(messages).toContain(
      "no-restricted-imports: '@nestjs/common' import is restricted from being used by a pattern. domain/ is pure: no framework or driver imports",
    );
  }, 60_000);

  it('should refuse feature folders of a service importing each other', () => {
    write(
      'services/evaluation/src/zz-cycle-b/b.ts',
      "import { a } from '../zz-cycle-a/a';\nexport const b = a;\n",
    );
    let messages: string[];
    try {
      messages = lint(
        'services/evaluation/src/zz-cycle-a/a.ts',
        "import type { b } from '../zz-cycle-b/b';\nexport const a = 1;\nexport type B = typeof b;\n",
      );
    } finally {
      for (const dir of ['zz-cycle-a', 'zz-cycle-b']) {
        rmSync(join(ROOT, 'services/evaluation/src', dir), { recursive: true, force: true });
      }
    }
    expect(messages).toContain(
      'jenjang/no-import-cycle: Feature folders import each other: zz-cycle-a → zz-cycle-b → zz-cycle-a. Move what both need into a lower folder (shared/ or the folder both build on), or let one tell the other through a hook or event.',
    );
  }, 60_000);

  it('should refuse files importing each other, but not for types alone', () => {
    write(
      'services/evaluation/src/zz-boundary-probe/y.ts',
      "import { x } from './x';\nexport const y = x;\n",
    );
    const valueCycle = lint(
      'services/evaluation/src/zz-boundary-probe/x.ts',
      "import { y } from './y';\nexport const x = 1;\nexport const z = () => y;\n",
    );
    const typeCycle = lint(
      'services/evaluation/src/zz-boundary-probe/x.ts',
      "import type { y } from './y';\nexport const x = 1;\nexport type Y = typeof y;\n",
    );
    expect(valueCycle).toContain(
      'jenjang/no-import-cycle: Import cycle between files: services/evaluation/src/zz-boundary-probe/x.ts → services/evaluation/src/zz-boundary-probe/y.ts → services/evaluation/src/zz-boundary-probe/x.ts. Move what both need into a third file.',
    );
    expect(typeCycle.filter((m) => m.startsWith('jenjang/'))).toEqual([]);
  }, 120_000);

  it('should refuse a shared library importing the testing library', () => {
    let messages: string[];
    try {
      messages = lint(
        'libs/config/src/zz-probe.ts',
        "import { waitUntil } from '@jenjang/testing';\nexport const x = waitUntil;\n",
      );
    } finally {
      rmSync(join(ROOT, 'libs/config/src/zz-probe.ts'), { force: true });
    }
    expect(messages.some((m) => m.includes('can only depend on libs tagged with'))).toBe(true);
  }, 60_000);
});
