import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
// JENJANG_RUN_FROM_SOURCE=1 runs the services' TypeScript through @swc-node/register instead.
const FROM_SOURCE = 'JENJANG_RUN_FROM_SOURCE';
// Set once this process (or the jest global setup before it) has found the build up to date.
const BUILT = 'JENJANG_SERVICES_BUILT';

/**
 * Builds the services' JavaScript (scripts/build-services.mjs) unless it is up to date; a check
 * that finds nothing to do takes about 0.1 s, and runs once per process.
 */
export function ensureServicesBuilt(): void {
  if (process.env[FROM_SOURCE] === '1' || process.env[BUILT] === '1') return;
  const build = spawnSync(
    process.execPath,
    [join(ROOT, 'scripts', 'build-services.mjs'), '--if-stale'],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (build.status !== 0) {
    throw new Error(`building the services failed:\n${build.stdout}${build.stderr}`);
  }
  process.env[BUILT] = '1';
}

/**
 * How to run an entry: a service's `services/<name>/src/main.ts` runs as its built JavaScript
 * (dist/services/<name>/…, laid out by scripts/build-services.mjs; built first when stale), any
 * other TypeScript entry (a test fixture) through @swc-node/register.
 */
/**
 * V8 flags every service runs with, here as in the image (Dockerfile) and start.sh: a young
 * generation of 4 MiB semi-spaces, and an old generation of at most 128 MiB. Without a limit V8
 * grows the heap lazily on a machine with memory to spare (peaks of 340-460 MiB in the bench);
 * with it the services peak at 170-240 MiB through a 10,000-appraisal bulk at the same CPU per
 * appraisal (docs/benchmark, issue 12). A container's memory request (256 MiB) has room for it.
 */
export const SERVICE_NODE_FLAGS = ['--max-semi-space-size=4', '--max-old-space-size=128'];

/**
 * JENJANG_CPU_PROFILE_DIR=<dir> makes every service write a V8 CPU profile there when it stops
 * (`<service>.cpuprofile`, readable in Chrome DevTools or with scripts/bench/profile-top.mjs):
 * how the bench shows where a service's time goes.
 */
function profileFlags(service: string): string[] {
  const dir = process.env.JENJANG_CPU_PROFILE_DIR;
  return dir
    ? ['--cpu-prof', `--cpu-prof-dir=${dir}`, `--cpu-prof-name=${service}.cpuprofile`]
    : [];
}

export function nodeArguments(entry: string): string[] {
  const service = /^services\/([a-z-]+)\/src\/main\.ts$/.exec(entry)?.[1];
  if (service && process.env[FROM_SOURCE] !== '1') {
    ensureServicesBuilt();
    return [
      ...SERVICE_NODE_FLAGS,
      ...profileFlags(service),
      join(ROOT, 'dist', 'services', service, 'services', service, 'src', 'main.js'),
    ];
  }
  return [...(service ? SERVICE_NODE_FLAGS : []), '-r', '@swc-node/register', join(ROOT, entry)];
}

/**
 * A service (its built JavaScript) or a TypeScript fixture run as a separate Node process (as in
 * production), with its output kept.
 */
export class ServiceProcess {
  readonly lines: string[] = [];
  private readonly child: ChildProcess;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(
    entry: string,
    env: Record<string, string>,
    readonly name = entry,
  ) {
    this.child = spawn(process.execPath, nodeArguments(entry), {
      cwd: ROOT,
      env: { ...process.env, ...env, SWC_NODE_PROJECT: join(ROOT, 'tsconfig.base.json') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const collect = (chunk: Buffer) =>
      this.lines.push(...chunk.toString().split('\n').filter(Boolean));
    this.child.stdout?.on('data', collect);
    this.child.stderr?.on('data', collect);
    this.exited = new Promise((resolve) =>
      this.child.on('exit', (code, signal) => resolve({ code, signal })),
    );
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Whether the process has exited (with its code or signal). */
  get hasExited(): boolean {
    return this.child.exitCode !== null || this.child.signalCode !== null;
  }

  /** Resolves when a line matches; rejects on timeout or if the process exits first. */
  async waitForLine(pattern: RegExp, timeoutMs = 60_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let exited = false;
    void this.exited.then(() => (exited = true));
    while (Date.now() < deadline) {
      const hit = this.lines.find((l) => pattern.test(l));
      if (hit) return hit;
      if (exited) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(
      `${this.name}: no line matching ${pattern} (${exited ? 'process exited' : 'timeout'})\n${this.output()}`,
    );
  }

  output(): string {
    return this.lines.slice(-60).join('\n');
  }

  kill(signal: NodeJS.Signals = 'SIGTERM'): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
  }

  async stop(): Promise<void> {
    this.kill('SIGTERM');
    const timer = setTimeout(() => {
      // A service that does not stop on SIGTERM is a finding (Kubernetes would kill it too):
      // say so, with what it printed last.
      process.stderr.write(
        `[ServiceProcess] ${this.name} still running 15 s after SIGTERM; killed. Its last lines:\n${this.lines.slice(-15).join('\n')}\n`,
      );
      this.kill('SIGKILL');
    }, 15_000);
    await this.exited;
    clearTimeout(timer);
  }
}
