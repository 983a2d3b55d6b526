import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// The architecture rules must restrict for real: lint throw-away files placed where a careless
// change would put them, with the repository's own ESLint configuration.
const ROOT = join(__dirname, '..');
const probeDir = join(ROOT, 'services/evaluation/src/zz-boundary-probe');

function lint(relPath: string, text: string): string[] {
  const file = join(ROOT, relPath);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
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

  it('should refuse framework imports in domain code', () => {
    const messages = lint(
      'services/evaluation/src/zz-boundary-probe/domain/rule.ts',
      "import { Injectable } from '@nestjs/common';\nexport const x = Injectable;\n",
    );
    expect(messages).toContain(
      "no-restricted-imports: '@nestjs/common' import is restricted from being used by a pattern. domain/ is pure: no framework or driver imports",
    );
  }, 60_000);

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
