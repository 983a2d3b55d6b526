import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

/** A TypeScript entry point run as a separate Node process (as in production), with its output kept. */
export class ServiceProcess {
  readonly lines: string[] = [];
  private readonly child: ChildProcess;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(
    entry: string,
    env: Record<string, string>,
    readonly name = entry,
  ) {
    this.child = spawn(process.execPath, ['-r', '@swc-node/register', join(ROOT, entry)], {
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
    const timer = setTimeout(() => this.kill('SIGKILL'), 15_000);
    await this.exited;
    clearTimeout(timer);
  }
}
