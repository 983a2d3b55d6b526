#!/usr/bin/env node
// Where a service's CPU time goes, from a V8 CPU profile (JENJANG_CPU_PROFILE_DIR, see
// libs/testing/src/process.ts): self time per package (a node_modules package, the project's own
// code, Node's internals, garbage collection) and the functions with the most self time; with
// --inclusive, also the project's own functions (libs/, services/) by the time spent in them and
// in everything they called (each sample counted once per function on its stack).
//   node scripts/bench/profile-top.mjs <file.cpuprofile>... [--top 25] [--inclusive]
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const TOP = topAt >= 0 ? Number(args[topAt + 1]) : 25;
const INCLUSIVE = args.includes('--inclusive');
const files = args.filter((a, i) => !a.startsWith('--') && (topAt < 0 || i !== topAt + 1));
if (files.length === 0) {
  console.error('usage: profile-top.mjs <file.cpuprofile>... [--top N]');
  process.exit(2);
}

/** The package a frame belongs to: an npm package, the project (libs/services), node, or V8. */
function packageOf(url, name) {
  if (!url) return name.startsWith('(') ? name : '(v8/native)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  const m = /\/(libs|services)\/([^/]+)\//.exec(url);
  return m ? `${m[1]}/${m[2]}` : url;
}

const pct = (n, total) => `${((100 * n) / total).toFixed(1).padStart(5)} %`;
for (const file of files) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map(); // node id -> microseconds
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i += 1) {
    self.set(samples[i], (self.get(samples[i]) ?? 0) + (timeDeltas[i] ?? 0));
  }
  const perPackage = new Map();
  const perFunction = new Map();
  let total = 0;
  let idle = 0;
  for (const [id, us] of self) {
    const { callFrame } = byId.get(id);
    if (callFrame.functionName === '(idle)') {
      idle += us;
      continue;
    }
    total += us;
    const pkg = packageOf(callFrame.url, callFrame.functionName);
    perPackage.set(pkg, (perPackage.get(pkg) ?? 0) + us);
    const fn = `${callFrame.functionName || '(anonymous)'} ${pkg}:${callFrame.lineNumber + 1}`;
    perFunction.set(fn, (perFunction.get(fn) ?? 0) + us);
  }
  console.log(
    `\n# ${basename(file)}: ${(total / 1e6).toFixed(1)} s on CPU, ${(idle / 1e6).toFixed(1)} s idle`,
  );
  console.log('\nself time by package');
  for (const [pkg, us] of [...perPackage].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
    console.log(`${pct(us, total)}  ${(us / 1e6).toFixed(2).padStart(7)} s  ${pkg}`);
  }
  console.log('\nself time by function');
  for (const [fn, us] of [...perFunction].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
    console.log(`${pct(us, total)}  ${(us / 1e6).toFixed(2).padStart(7)} s  ${fn}`);
  }
  if (INCLUSIVE) printInclusive(profile, byId, self, total);
}

/** The project's functions by inclusive time: a node's time counts for it and its callers. */
function printInclusive(profile, byId, self, total) {
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (n) => {
    const pkg = packageOf(n.callFrame.url, n.callFrame.functionName);
    if (!/^(libs|services)\//.test(pkg)) return null;
    return `${n.callFrame.functionName || '(anonymous)'} ${pkg}:${n.callFrame.lineNumber + 1}`;
  };
  const inclusive = new Map();
  for (const [id, us] of self) {
    if (byId.get(id).callFrame.functionName === '(idle)') continue;
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const key = keyOf(byId.get(at));
      if (key && !seen.has(key)) {
        seen.add(key);
        inclusive.set(key, (inclusive.get(key) ?? 0) + us);
      }
    }
  }
  console.log("\nthe project's functions by inclusive time");
  for (const [fn, us] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
    console.log(`${pct(us, total)}  ${(us / 1e6).toFixed(2).padStart(7)} s  ${fn}`);
  }
}
