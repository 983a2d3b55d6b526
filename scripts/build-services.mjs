// Builds the five services to plain CommonJS with SWC (@swc/core's API, options from .swcrc, so
// decorator metadata is kept as at run time under @swc-node/register). One folder per service:
//
//   dist/services/<name>/
//     package.json                  generated: the platform's version (the AsyncAPI document reads
//                                   it three levels above libs/contracts/src) and `main`, so
//                                   `node dist/services/<name>` starts the service too
//     services/<name>/src/main.js   the entry: `node dist/services/<name>/services/<name>/src/main.js`
//     services/<name>/package.json  (app.module imports its version)
//     services/<name>/node_modules  a link to the service's own packages (notification's nodemailer)
//     libs/<lib>/src/**/*.js        only the library files the service reaches, with source maps
//     libs/contracts/published/     the published schemas (read through __dirname)
//     build-manifest.json           a hash per input: `--if-stale` skips a service whose inputs match
//
// The layout mirrors the repository, so relative requires and __dirname-based paths work as they
// do in the sources, and packages resolve by walking up to the repository's node_modules.
// Aliases: SWC's jsc.paths (from .swcrc, with an absolute baseUrl) turns `@jenjang/x` into a
// relative require while compiling each file; in a mirrored layout that path is right in dist too.
// No bundler and no second resolver to keep in step with tsconfig.base.json.
// Which files: the closure of main.ts's requires as SWC emits them (imports, dynamic import() and
// `export *` alike), so specs, tests and CLIs stay out and a require that resolves to nothing fails
// the build.
//
//   node scripts/build-services.mjs [--if-stale] [--out=<dir>] [name…]   (default: all five,
//   into dist/services; another --out inside the repository, e.g. for a test)
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const swc = require('@swc/core');

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Every folder of services/ with a main.ts is a service (the platform's five, and the next one).
export const SERVICE_NAMES = fs
  .readdirSync(path.join(ROOT, 'services'))
  .filter((name) => fs.existsSync(path.join(ROOT, 'services', name, 'src/main.ts')))
  .sort();
export const DIST = path.join(ROOT, 'dist', 'services');
export const distDir = (name, outRoot = DIST) => path.join(outRoot, name);
export const builtEntry = (name, outRoot = DIST) =>
  path.join(distDir(name, outRoot), 'services', name, 'src', 'main.js');

// Read through __dirname at run time, so not found by following requires.
const RUNTIME_ASSET_DIRS = ['libs/contracts/published'];
// Change any of these and every service is rebuilt.
const CONFIG_FILES = ['.swcrc', 'tsconfig.base.json', 'package.json', 'scripts/build-services.mjs'];
const MANIFEST = 'build-manifest.json';

const rel = (abs) => path.relative(ROOT, abs).split(path.sep).join('/');
const sha1 = (data) => createHash('sha1').update(data).digest('hex');

function swcOptions() {
  const swcrc = JSON.parse(fs.readFileSync(path.join(ROOT, '.swcrc'), 'utf8'));
  const { $schema: _schema, ...rest } = swcrc;
  return { ...rest, swcrc: false, sourceMaps: true, jsc: { ...swcrc.jsc, baseUrl: ROOT } };
}

// A relative require of compiled code, resolved to its source the way Node resolves the output.
function resolveSource(fromFile, specifier) {
  const base = path.resolve(path.dirname(fromFile), specifier);
  for (const candidate of [`${base}.ts`, path.join(base, 'index.ts'), base]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  throw new Error(`${rel(fromFile)}: cannot resolve require('${specifier}') to a source file`);
}

/** Compiles each source file once per run, whichever services share it. */
class Compiler {
  options = swcOptions();

  constructor(outRoot) {
    this.outRoot = outRoot;
  }
  compiled = new Map();

  compile(file) {
    let pending = this.compiled.get(file);
    if (!pending) {
      pending = this.transform(file);
      this.compiled.set(file, pending);
    }
    return pending;
  }

  async transform(file) {
    const out = `${rel(file).replace(/\.ts$/, '')}.js`;
    // Every service's folder is as deep below the output root, so the source map's path back to
    // the TypeScript file is the same in each.
    const sourceFileName = path.posix.relative(
      path.posix.dirname(`${rel(distDir('x', this.outRoot))}/${out}`),
      rel(file),
    );
    const result = await swc.transformFile(file, { ...this.options, sourceFileName });
    const requires = [...result.code.matchAll(/\brequire\("(\.{1,2}\/[^"]*|\.{1,2})"\)/g)].map(
      (m) => resolveSource(file, m[1]),
    );
    const code = `${result.code}\n//# sourceMappingURL=${path.basename(out)}.map\n`;
    return { out, code, map: result.map, requires };
  }
}

async function closureOf(compiler, entry) {
  const outputs = new Map(); // relative output path → contents
  const inputs = new Set();
  const seen = new Set();
  const visit = async (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    inputs.add(file);
    if (!file.endsWith('.ts')) {
      outputs.set(rel(file), fs.readFileSync(file)); // e.g. a package.json imported for its version
      return;
    }
    const { out, code, map, requires } = await compiler.compile(file);
    outputs.set(out, code);
    outputs.set(`${out}.map`, map);
    await Promise.all(requires.map(visit));
  };
  await visit(entry);
  return { outputs, inputs };
}

// Never through a symbolic link: readdirSync's `recursive` follows links, and pruning through the
// node_modules link would delete the service's own packages.
function filesUnder(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const file = path.join(dir, d.name);
    if (d.isDirectory()) return filesUnder(file);
    return d.isFile() ? [file] : [];
  });
}

function hashes(files) {
  const out = {};
  for (const file of [...files].map(rel).sort()) {
    const abs = path.join(ROOT, file);
    out[file] = fs.existsSync(abs) ? sha1(fs.readFileSync(abs)) : null;
  }
  return out;
}

/** True when the service's last build saw exactly the inputs there are now. */
export function isFresh(name, outRoot = DIST) {
  const manifestPath = path.join(distDir(name, outRoot), MANIFEST);
  if (!fs.existsSync(manifestPath) || !fs.existsSync(builtEntry(name, outRoot))) return false;
  const { inputs } = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  const now = hashes(Object.keys(inputs).map((f) => path.join(ROOT, f)));
  // A file added to an asset folder is new to the manifest; a new source file is only reached
  // through a changed one.
  const assets = RUNTIME_ASSET_DIRS.flatMap((dir) => filesUnder(path.join(ROOT, dir)));
  return (
    Object.entries(inputs).every(([file, hash]) => now[file] === hash) &&
    assets.every((file) => rel(file) in inputs)
  );
}

// Atomic per file and skipped when unchanged: two builds at once (two jest processes) or a
// service starting meanwhile never read a half-written file.
function writeIfChanged(file, contents) {
  const data = Buffer.isBuffer(contents) ? contents : Buffer.from(contents);
  if (fs.existsSync(file) && fs.readFileSync(file).equals(data)) return false;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
  return true;
}

function linkOwnPackages(dir, name) {
  const own = path.join(ROOT, 'services', name, 'node_modules');
  const link = path.join(dir, 'services', name, 'node_modules');
  if (!fs.existsSync(own) || fs.existsSync(link)) return;
  try {
    fs.symlinkSync(path.relative(path.dirname(link), own), link, 'dir');
  } catch (error) {
    if (error.code !== 'EEXIST') throw error; // another build made it first
  }
}

async function buildOne(compiler, name, outRoot) {
  const started = Date.now();
  const dir = distDir(name, outRoot);
  const entry = path.join(ROOT, 'services', name, 'src', 'main.ts');
  const { outputs, inputs } = await closureOf(compiler, entry);
  for (const assetDir of RUNTIME_ASSET_DIRS) {
    for (const file of filesUnder(path.join(ROOT, assetDir))) {
      inputs.add(file);
      outputs.set(rel(file), fs.readFileSync(file));
    }
  }
  const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const main = `services/${name}/src/main.js`;
  outputs.set('package.json', `${JSON.stringify({ private: true, version, main }, null, 2)}\n`);
  for (const file of CONFIG_FILES) inputs.add(path.join(ROOT, file));

  let written = 0;
  for (const [file, contents] of outputs) {
    if (writeIfChanged(path.join(dir, file), contents)) written++;
  }
  // Files of an earlier build that nothing requires any more (another build's temp files stay).
  const keep = new Set([...outputs.keys(), MANIFEST].map((f) => path.join(dir, f)));
  for (const file of filesUnder(dir)) {
    if (!keep.has(file) && !/\.tmp-\d+$/.test(file)) fs.rmSync(file);
  }
  linkOwnPackages(dir, name);
  writeIfChanged(
    path.join(dir, MANIFEST),
    `${JSON.stringify({ entry: main, inputs: hashes(inputs) }, null, 2)}\n`,
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(2);
  return `${name}: ${outputs.size} files (${written} changed) in ${seconds} s → ${rel(dir)}`;
}

/** Builds the named services (default all five); with ifStale, only those whose inputs changed. */
export async function buildServices(
  names = SERVICE_NAMES,
  { ifStale = false, log = () => {}, outRoot = DIST } = {},
) {
  const unknown = names.filter((n) => !SERVICE_NAMES.includes(n));
  if (unknown.length) throw new Error(`not a service: ${unknown.join(', ')}`);
  const todo = ifStale ? names.filter((n) => !isFresh(n, outRoot)) : names;
  const compiler = new Compiler(outRoot);
  for (const line of await Promise.all(todo.map((n) => buildOne(compiler, n, outRoot)))) log(line);
  return todo;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const names = args.filter((a) => !a.startsWith('--'));
  const started = Date.now();
  const out = args.find((a) => a.startsWith('--out='))?.slice('--out='.length);
  const built = await buildServices(names.length ? names : SERVICE_NAMES, {
    ifStale: args.includes('--if-stale'),
    outRoot: out ? path.resolve(out) : DIST,
    log: (line) => console.log(`[build] ${line}`),
  });
  if (!built.length) console.log('[build] services up to date');
  else
    console.log(
      `[build] ${built.length} service(s) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
}
