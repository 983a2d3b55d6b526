// Start-up time and memory of each service, run from its built JavaScript and from TypeScript
// (@swc-node/register), one process at a time on the development infrastructure:
//   node -r @swc-node/register scripts/startup-footprint.ts [rounds]   (default 2)
// Per start: seconds from spawn to the first 200 of /health/ready, then (after one GET /metrics)
// the peak resident set (VmHWM in /proc/<pid>/status), the current one (VmRSS) and the V8 heap
// used. Each start has its own database and consumer group, positioned at the end of the public
// topics, so nothing earlier runs left there is consumed. Prints a table of medians.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allContracts, retryTopic } from '@jenjang/contracts';
import {
  createTopics,
  databaseUri,
  freePort,
  nodeArguments,
  positionAtEnd,
  randomLetters,
  SERVICE_NAMES,
  type ServiceName,
} from '@jenjang/testing';

const ROOT = join(__dirname, '..');
const env = {
  brokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:29092').split(','),
  mongoUri: process.env.MONGODB_URI ?? 'mongodb://127.0.0.1:27027/jenjang',
};
const ROUNDS = Number(process.argv[2] ?? 2);
const MODES = ['built', 'source'] as const;
type Mode = (typeof MODES)[number];
interface Sample {
  startS: number;
  peakMiB: number;
  rssMiB: number;
  heapMiB: number;
}

const kib = (status: string, field: string) =>
  Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
const metric = (text: string, name: string) =>
  Number(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)`, 'm').exec(text)?.[1] ?? NaN);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function startOnce(name: ServiceName, mode: Mode): Promise<Sample> {
  const run = randomLetters(6);
  const group = `jenjang.${name}-footprint-${run}`;
  await createTopics(env.brokers, [retryTopic(group)], 6);
  await positionAtEnd(
    env.brokers,
    [group],
    allContracts().map((c) => c.topic),
  );
  const port = await freePort();
  const entry = `services/${name}/src/main.ts`;
  const args =
    mode === 'built' ? nodeArguments(entry) : ['-r', '@swc-node/register', join(ROOT, entry)];
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      KAFKA_BROKERS: env.brokers.join(','),
      MONGODB_URI: databaseUri(env.mongoUri, `footprint-${run}-${name}`),
      KAFKA_GROUP_ID: group,
      SWC_NODE_PROJECT: join(ROOT, 'tsconfig.base.json'),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${name} (${mode}) exited ${child.exitCode}`);
      if (performance.now() - started > 120_000) throw new Error(`${name} (${mode}) not ready`);
      const res = await fetch(`${url}/health/ready`).catch(() => undefined);
      if (res?.ok) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const startS = (performance.now() - started) / 1000;
    const metrics = await (await fetch(`${url}/metrics`)).text();
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    return {
      startS,
      peakMiB: kib(status, 'VmHWM') / 1024,
      rssMiB: kib(status, 'VmRSS') / 1024,
      heapMiB: metric(metrics, 'nodejs_heap_size_used_bytes') / 2 ** 20,
    };
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
}

async function main(): Promise<void> {
  const samples = new Map<string, Sample[]>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const name of SERVICE_NAMES) {
      // Alternate which mode goes first, so neither always finds the page cache warm.
      for (const mode of round % 2 ? [...MODES].reverse() : MODES) {
        const sample = await startOnce(name, mode);
        const key = `${name} ${mode}`;
        samples.set(key, [...(samples.get(key) ?? []), sample]);
        process.stderr.write(
          `[footprint] ${key}: ${sample.startS.toFixed(2)} s, peak ${sample.peakMiB.toFixed(0)} MiB\n`,
        );
      }
    }
  }
  const rows = [...samples].map(([key, xs]) => {
    const [name, mode] = key.split(' ');
    const m = (f: keyof Sample, digits: number) => median(xs.map((x) => x[f])).toFixed(digits);
    return `| ${name} | ${mode} | ${m('startS', 2)} | ${m('peakMiB', 0)} | ${m('rssMiB', 0)} | ${m('heapMiB', 0)} |`;
  });
  process.stdout.write(
    [
      `medians of ${ROUNDS} start(s) each, Node ${process.version}`,
      '| service | run from | ready after (s) | peak RSS (MiB) | RSS (MiB) | heap used (MiB) |',
      '| --- | --- | --: | --: | --: | --: |',
      ...rows,
      '',
    ].join('\n'),
  );
}

void main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
