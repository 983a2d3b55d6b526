// Builds the portal's single-page app (Vite) into dist/portal-web and checks the budget: the
// JavaScript a first visit loads (the entry chunk and its static imports, gzipped) stays under
// 300 kB. Prints the size; exits 1 over budget. Lazy chunks (the report's chart) are not counted.
//   node services/portal/web/build-web.mjs [--check-only]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const WEB_OUT = path.resolve(HERE, '../../../dist/portal-web');
export const INITIAL_JS_BUDGET = 300 * 1024;

/** Gzipped bytes of the JavaScript the entry page loads before anything lazy. */
export function initialJsSize(outDir = WEB_OUT) {
  const manifest = JSON.parse(fs.readFileSync(path.join(outDir, '.vite', 'manifest.json'), 'utf8'));
  const entry = Object.values(manifest).find((c) => c.isEntry);
  const seen = new Set();
  const visit = (chunk) => {
    if (!chunk || seen.has(chunk.file)) return;
    seen.add(chunk.file);
    for (const key of chunk.imports ?? []) visit(manifest[key]);
  };
  visit(entry);
  const files = [...seen].filter((f) => f.endsWith('.js'));
  const gzip = files.reduce(
    (sum, f) => sum + gzipSync(fs.readFileSync(path.join(outDir, f)), { level: 9 }).length,
    0,
  );
  return { files, gzip };
}

async function main() {
  if (!process.argv.includes('--check-only')) {
    // A production bundle even when called from a test run (jest sets NODE_ENV=test, which
    // would bundle React's development build).
    process.env.NODE_ENV = 'production';
    const { build } = await import('vite');
    await build({ configFile: path.join(HERE, 'vite.config.mts'), logLevel: 'warn' });
  }
  const { files, gzip } = initialJsSize();
  const kb = (gzip / 1024).toFixed(1);
  console.log(
    `[portal-web] initial JavaScript ${kb} kB gzipped (${files.length} file(s)); budget 300 kB`,
  );
  if (gzip > INITIAL_JS_BUDGET) {
    console.error('[portal-web] over the initial JavaScript budget');
    process.exit(1);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
