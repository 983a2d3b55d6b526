// The quick start: the embedded infrastructure, the development mailbox, the five services as
// separate processes (as in production) with prefixed output, then the demo walk-through
// (scripts/demo.ts) unless --no-demo. Runs until Ctrl-C, which stops everything it started: the
// services, the mailbox, and Kafka and the store if this run started them.
// The services run as their built JavaScript (scripts/build-services.mjs, rebuilt here when a
// source changed); JENJANG_RUN_FROM_SOURCE=1 runs their TypeScript through @swc-node/register.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fs from 'node:fs';
import { buildServices, builtEntry } from './build-services.mjs';
import { applyTopics, ensureInfra, stopInfra } from './infra-lib.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SERVICES = [
  { name: 'evaluation', port: 3001 },
  { name: 'competency', port: 3002 },
  { name: 'training', port: 3003 },
  { name: 'career-planning', port: 3004 },
  { name: 'notification', port: 3005 },
];
const MAIL = {
  smtp: Number(process.env.MAIL_SMTP_PORT ?? 1025),
  http: Number(process.env.MAIL_HTTP_PORT ?? 1080),
};
// The web portal (services/portal): started after the five services, on PORTAL_PORT.
const PORTAL = { name: 'portal', port: Number(process.env.PORTAL_PORT ?? 3000) };
const colors = [36, 35, 33, 32, 34, 90, 97];
const log = (...a) => console.log('\x1b[1m[platform]\x1b[0m', ...a);
const fromSource = process.env.JENJANG_RUN_FROM_SOURCE === '1';
const portOf = ({ name, port }) =>
  Number(process.env[`${name.toUpperCase().replace('-', '_')}_PORT`] ?? port);

// kafkajs (used to apply the topics) warns about a negative timeout on Node >= 23; harmless.
const emitWarning = process.emitWarning;
process.emitWarning = (warning, ...rest) => {
  const type = typeof rest[0] === 'string' ? rest[0] : (rest[0]?.type ?? warning?.name);
  if (type !== 'TimeoutNegativeWarning') emitWarning.call(process, warning, ...rest);
};

// entry: a TypeScript file (run through @swc-node/register) or a built .js file.
function run(name, entry, env, color) {
  // The services' V8 flags, as in libs/testing's SERVICE_NODE_FLAGS and the Dockerfile.
  const flags = ['--max-semi-space-size=4', '--max-old-space-size=128'];
  const args = entry.endsWith('.js')
    ? [...flags, entry]
    : [...flags, '-r', '@swc-node/register', path.join(ROOT, entry)];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = `\x1b[${color}m${name.padEnd(15)}\x1b[0m|`;
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

async function waitReady(name, port, child, timeoutMs = 120_000) {
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
  const demo = !process.argv.includes('--no-demo');
  if (!fromSource) {
    const built = await buildServices(undefined, { ifStale: true, log });
    log(built.length ? 'services built' : 'services already built');
  }
  log('starting Kafka and the document store…');
  const infra = await ensureInfra();
  await applyTopics(infra.kafkaBrokers, process.env.JENJANG_TOPICS_MANIFEST || undefined);
  log(
    `kafka ${infra.kafkaBrokers.join(',')} (${infra.kafka}), store ${infra.mongoUri} (${infra.mongo})`,
  );

  const children = [];
  let stopping = false;
  const stop = async (code) => {
    if (stopping) return;
    stopping = true;
    log('stopping (services finish the work in flight first)…');
    for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
    await Promise.all(
      children.map((c) => (c.exitCode !== null ? null : new Promise((r) => c.on('exit', r)))),
    );
    if (infra.started) {
      await stopInfra();
      log('services, mailbox, Kafka and the store stopped');
    } else {
      log(
        'services and mailbox stopped; Kafka and the store were already running and keep running',
      );
    }
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  const mail = run(
    'mailbox',
    'scripts/mail-catcher.ts',
    { MAIL_SMTP_PORT: String(MAIL.smtp), MAIL_HTTP_PORT: String(MAIL.http) },
    colors[5],
  );
  children.push(mail);
  const services = SERVICES.map((s, i) => {
    const child = run(
      s.name,
      fromSource ? path.join('services', s.name, 'src', 'main.ts') : builtEntry(s.name),
      { PORT: String(portOf(s)), SMTP_HOST: '127.0.0.1', SMTP_PORT: String(MAIL.smtp) },
      colors[i],
    );
    children.push(child);
    return child;
  });
  children.forEach((c) =>
    c.on('exit', (code) => !stopping && (log(`a process exited (${code})`), void stop(1))),
  );
  try {
    await Promise.all(SERVICES.map((s, i) => waitReady(s.name, portOf(s), services[i])));
  } catch (error) {
    log(error.message);
    return stop(1);
  }
  log('all services ready');
  const portal = await startPortal(children);
  if (demo) {
    const walk = run('demo', 'scripts/demo.ts', {}, colors[6]);
    await new Promise((r) => walk.on('exit', r));
  }
  log('API docs:');
  for (const s of SERVICES) {
    log(`  ${s.name.padEnd(15)} http://127.0.0.1:${portOf(s)}/docs   (AsyncAPI: /asyncapi)`);
  }
  log(`  mailbox         http://127.0.0.1:${MAIL.http}/messages`);
  if (portal) printPortal(portal);
  log('press Ctrl-C to stop everything this run started');
}

// The portal's single-page app is built by its own script (Vite), when its sources changed.
function newestMtime(dir) {
  return Math.max(
    ...fs.readdirSync(dir, { withFileTypes: true }).map((e) => {
      const p = path.join(dir, e.name);
      return e.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs;
    }),
  );
}

async function startPortal(children) {
  const web = path.join(ROOT, 'services', 'portal', 'web');
  const index = path.join(ROOT, 'dist', 'portal-web', 'index.html');
  if (!fs.existsSync(index) || fs.statSync(index).mtimeMs < newestMtime(web)) {
    log('building the portal web app…');
    const build = spawn(process.execPath, [path.join(web, 'build-web.mjs')], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    const code = await new Promise((r) => build.on('exit', r));
    if (code !== 0) {
      log('the portal web app did not build; the portal is not started');
      return undefined;
    }
  }
  const url = (s) => `http://127.0.0.1:${portOf(s)}`;
  const child = run(
    PORTAL.name,
    fromSource ? path.join('services', 'portal', 'src', 'main.ts') : builtEntry('portal'),
    {
      PORT: String(PORTAL.port),
      EVALUATION_URL: url(SERVICES[0]),
      COMPETENCY_URL: url(SERVICES[1]),
      TRAINING_URL: url(SERVICES[2]),
      CAREER_PLANNING_URL: url(SERVICES[3]),
      NOTIFICATION_URL: url(SERVICES[4]),
    },
    colors[6],
  );
  children.push(child);
  try {
    await waitReady(PORTAL.name, PORTAL.port, child, 60_000);
  } catch (error) {
    log(`portal: ${error.message}`);
    return undefined;
  }
  return `http://127.0.0.1:${PORTAL.port}`;
}

function printPortal(url) {
  const peopleFile =
    process.env.PORTAL_DEMO_PEOPLE_FILE ??
    path.join(ROOT, 'services', 'portal', 'demo-people.json');
  const people = JSON.parse(fs.readFileSync(peopleFile, 'utf8'));
  log('');
  log(
    `\x1b[1mportal: ${url}\x1b[0m  (sign in as one of the demo people of the development provider)`,
  );
  for (const p of people) {
    log(`  ${p.name.padEnd(22)} ${p.roles.join(', ').padEnd(32)} ${p.about?.id ?? ''}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
