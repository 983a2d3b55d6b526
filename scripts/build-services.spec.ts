import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

// The built services run outside jest, so this builds two of them into a folder of its own (as
// scripts/build-services.mjs does for dist/services) and checks, in plain Node processes, what a
// service started from them meets: requires, decorator metadata, files read through __dirname and
// the service's own packages.
const ROOT = join(__dirname, '..');

const node = (args: string[]) => spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
const evaluate = (code: string) => {
  const run = node(['-e', code]);
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as unknown;
};

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const file = join(dir, d.name);
    if (d.isDirectory()) return jsFiles(file);
    return d.isFile() && file.endsWith('.js') ? [file] : [];
  });
}

describe('build-services', () => {
  let out = '';
  const build = (...args: string[]) =>
    node(['scripts/build-services.mjs', `--out=${out}`, ...args, 'evaluation', 'notification']);

  beforeAll(() => {
    mkdirSync(join(ROOT, 'dist'), { recursive: true });
    out = mkdtempSync(join(ROOT, 'dist', 'spec-'));
    const first = build();
    if (first.status !== 0) throw new Error(first.stderr);
  }, 60_000);

  afterAll(() => {
    // Removes the node_modules link, never what it points to.
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('should leave no alias and no require that misses a built file', () => {
    const missing: string[] = [];
    for (const file of jsFiles(out)) {
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/\brequire\("([^"]+)"\)/g)) {
        if (spec.startsWith('@jenjang/')) missing.push(`${file}: ${spec}`);
        if (!spec.startsWith('.')) continue;
        const base = join(dirname(file), spec);
        if (![`${base}.js`, join(base, 'index.js'), base].some((f) => existsSync(f))) {
          missing.push(`${file}: ${spec}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('should keep the constructor types NestJS injects by', () => {
    const service = join(
      out,
      'evaluation/services/evaluation/src/appraisal/appraisal-opening.service.js',
    );
    const types = evaluate(
      `require('reflect-metadata');
       const { AppraisalOpeningService } = require(${JSON.stringify(service)});
       const types = Reflect.getMetadata('design:paramtypes', AppraisalOpeningService);
       console.log(JSON.stringify(types.map((t) => t.name)));`,
    );
    expect(types).toEqual([
      'AppraisalRepository',
      'SkpRepository',
      'AgencySettingsService',
      'AppraisalQueryService',
      'UnitStaffService',
    ]);
  });

  it('should find the published schemas and the platform version through __dirname', () => {
    const contracts = join(out, 'evaluation/libs/contracts/src');
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      version: string;
    };
    const found = evaluate(
      `const c = require(${JSON.stringify(contracts)});
       const doc = c.renderAsyncApi();
       console.log(JSON.stringify({ schemas: c.readPublished().size,
         version: /^  version: (.+)$/m.exec(doc)[1] }));`,
    );
    expect(found).toEqual({
      schemas: readdirSync(join(ROOT, 'libs/contracts/published')).filter((f) =>
        f.endsWith('.schema.json'),
      ).length,
      version,
    });
  });

  it('should give notification its own nodemailer and keep it whole when rebuilt', () => {
    const own = join(ROOT, 'services/notification/node_modules/nodemailer/package.json');
    const rebuilt = build();
    expect(rebuilt.status).toBe(0);
    const resolved = evaluate(
      `console.log(JSON.stringify(require.resolve('nodemailer/package.json',
         { paths: [${JSON.stringify(join(out, 'notification/services/notification/src'))}] })));`,
    );
    expect(resolved).toBe(own);
    expect(existsSync(own)).toBe(true);
  });

  it('should skip services whose inputs have not changed when asked for --if-stale', () => {
    const again = build('--if-stale');
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('up to date');
  });
});
