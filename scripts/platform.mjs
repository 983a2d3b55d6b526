// Starts the five services as separate processes (as in production), prefixes their output,
// waits until each is ready, prints where their API docs are, and stops them on Ctrl-C.
// Infrastructure comes from `scripts/infra.mjs up` (run by scripts/start.sh before this).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SERVICES = [
  { name: 'evaluation', port: 3001 },
  { name: 'competency', port: 3002 },
  { name: 'training', port: 3003 },
  { name: 'career-planning', port: 3004 },
  { name: 'notification', port: 3005 },
];
const colors = [36, 35, 33, 32, 34];
const log = (...a) => console.log('[platform]', ...a);

function start({ name, port }, i) {
  const child = spawn(
    process.execPath,
    ['-r', '@swc-node/register', path.join(ROOT, 'services', name, 'src', 'main.ts')],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: process.env[`${name.toUpperCase().replace('-', '_')}_PORT`] ?? String(port),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const prefix = `\x1b[${colors[i]}m${name.padEnd(15)}\x1b[0m|`;
  for (const stream of [child.stdout, child.stderr]) {
    let rest = '';
    stream.on('data', (chunk) => {
      const lines = (rest + chunk.toString()).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) process.stdout.write(`${prefix} ${line}\n`);
    });
  }
  return child;
}

async function waitReady({ name, port }, child, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/health/ready`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${name} not ready after ${timeoutMs / 1000} s`);
}

async function main() {
  const children = SERVICES.map((s, i) => start(s, i));
  let stopping = false;
  const stop = async (code) => {
    if (stopping) return;
    stopping = true;
    log('stopping services (they finish in-flight work first)…');
    for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
    await Promise.all(
      children.map((c) => (c.exitCode !== null ? null : new Promise((r) => c.on('exit', r)))),
    );
    log('services stopped; Kafka and the store keep running (npm run infra:down stops them)');
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  children.forEach((c, i) =>
    c.on(
      'exit',
      (code) => !stopping && (log(`${SERVICES[i].name} exited (${code})`), void stop(1)),
    ),
  );
  try {
    await Promise.all(SERVICES.map((s, i) => waitReady(s, children[i])));
  } catch (error) {
    log(error.message);
    return stop(1);
  }
  log('all services ready:');
  for (const { name, port } of SERVICES) {
    log(
      `  ${name.padEnd(15)} http://127.0.0.1:${port}/docs   (health: /health/ready, metrics: /metrics)`,
    );
  }
  log('press Ctrl-C to stop');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
