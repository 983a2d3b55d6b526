// The Dockerfile's steps for one service's runtime image, run outside a container (the
// development machines and CI have no container engine): the result is the image's /app.
//
//   node scripts/image-stage.mjs <service>… --out=<dir>
//   then: cd <dir>/dist/services/<service> && NODE_ENV=production … node .
//
// Steps, as in the Dockerfile's stages:
//   manifests  the root package.json, the lockfile and every workspace's package.json
//   prod-deps  npm install --omit=dev --no-save --ignore-scripts; no workspace links; a
//              node_modules folder for every service
//   build      node scripts/build-services.mjs <service> (into the repository's dist/, as the
//              build stage does in its /app)
//   runtime    dist/services/<service> copied with its relative link to its own packages; for
//              the portal, its single-page app too (dist/portal-web, built if missing)
// <dir> must be outside the repository: otherwise Node would find the repository's
// node_modules above it, and a missing production dependency would go unnoticed.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServices, DIST, distDir, ROOT } from './build-services.mjs';

const WORKSPACE_DIRS = ['libs', 'services', 'tools'];

function copyManifests(out) {
  for (const file of ['package.json', 'package-lock.json']) {
    fs.copyFileSync(path.join(ROOT, file), path.join(out, file));
  }
  for (const group of WORKSPACE_DIRS) {
    for (const name of fs.readdirSync(path.join(ROOT, group))) {
      const manifest = path.join(ROOT, group, name, 'package.json');
      if (!fs.existsSync(manifest)) continue;
      fs.mkdirSync(path.join(out, group, name), { recursive: true });
      fs.copyFileSync(manifest, path.join(out, group, name, 'package.json'));
    }
  }
}

// The install is the slow step (10 s to a minute): skipped when the same lockfile and Node
// installed this folder's node_modules already (a stamp, as scripts/env.sh keeps).
function installStamp() {
  const lock = fs.readFileSync(path.join(ROOT, 'package-lock.json'));
  return `${createHash('sha256').update(lock).digest('hex')}-${process.version}`;
}

function installProductionDependencies(out) {
  const stampFile = path.join(out, 'node_modules', '.jenjang-image-stamp');
  const stamp = installStamp();
  if (fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp) return false;
  fs.rmSync(path.join(out, 'node_modules'), { recursive: true, force: true });
  // --prefer-offline: the packages are in npm's cache after scripts/env.sh installed them.
  const npm = spawnSync(
    'npm',
    [
      'install',
      '--omit=dev',
      '--no-save',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      '--prefer-offline',
      '--loglevel=error',
    ],
    { cwd: out, encoding: 'utf8' },
  );
  if (npm.status !== 0) throw new Error(`npm install --omit=dev failed:\n${npm.stderr}`);
  fs.rmSync(path.join(out, 'node_modules', '@jenjang'), { recursive: true, force: true });
  for (const name of fs.readdirSync(path.join(out, 'services'))) {
    fs.mkdirSync(path.join(out, 'services', name, 'node_modules'), { recursive: true });
  }
  fs.writeFileSync(stampFile, stamp);
  return true;
}

/** Stages the runtime images' /app for the named services into `out` (one shared install). */
export async function stageImages(names, out, { log = () => {} } = {}) {
  const resolved = path.resolve(out);
  if (!path.relative(ROOT, resolved).startsWith('..')) {
    throw new Error(`${resolved} is inside the repository; stage outside it`);
  }
  fs.mkdirSync(resolved, { recursive: true });
  let t0 = Date.now();
  copyManifests(resolved);
  const installed = installProductionDependencies(resolved);
  log(`prod-deps ${installed ? 'installed' : 'unchanged'} in ${Date.now() - t0} ms`);
  t0 = Date.now();
  await buildServices(names, { ifStale: true, log });
  for (const name of names) {
    const target = distDir(name, path.join(resolved, 'dist', 'services'));
    fs.rmSync(target, { recursive: true, force: true });
    // verbatimSymlinks: the relative link to services/<name>/node_modules stays relative, as
    // COPY keeps it.
    fs.cpSync(distDir(name, DIST), target, { recursive: true, verbatimSymlinks: true });
  }
  if (names.includes('portal')) {
    const web = path.join(DIST, '..', 'portal-web');
    if (!fs.existsSync(path.join(web, 'index.html'))) {
      const built = spawnSync(
        process.execPath,
        [path.join(ROOT, 'services', 'portal', 'web', 'build-web.mjs')],
        { cwd: ROOT, encoding: 'utf8' },
      );
      if (built.status !== 0) throw new Error(`portal web build failed:\n${built.stderr}`);
    }
    fs.cpSync(web, path.join(resolved, 'dist', 'portal-web'), { recursive: true });
  }
  log(`build and copy in ${Date.now() - t0} ms`);
  return resolved;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const out = args.find((a) => a.startsWith('--out='))?.slice('--out='.length);
  const names = args.filter((a) => !a.startsWith('--'));
  if (!out || names.length === 0) {
    console.error('usage: node scripts/image-stage.mjs <service>… --out=<dir outside the repo>');
    process.exit(2);
  }
  const dir = await stageImages(names, out, { log: (line) => console.log(`[image] ${line}`) });
  console.log(`[image] staged ${names.join(', ')} in ${dir}`);
}
