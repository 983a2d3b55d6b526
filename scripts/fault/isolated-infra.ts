import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort, randomLetters } from '@jenjang/testing';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');

/**
 * A throw-away Kafka broker and store of its own (scripts/infra.mjs with another state directory
 * and free ports), so a fault run can kill the broker without touching the development one.
 */
export class IsolatedInfra {
  readonly stateDir = join(tmpdir(), `jenjang-fault-${randomLetters(6)}`);
  kafkaPort = 0;
  mongoPort = 0;
  private controllerPort = 0;

  get brokers(): string[] {
    return [`127.0.0.1:${this.kafkaPort}`];
  }

  get mongoUri(): string {
    return `mongodb://127.0.0.1:${this.mongoPort}/jenjang`;
  }

  private env(): NodeJS.ProcessEnv {
    const env = { ...process.env };
    delete env.KAFKA_BROKERS;
    delete env.MONGODB_URI;
    return {
      ...env,
      JENJANG_STATE_DIR: this.stateDir,
      JENJANG_KAFKA_PORT: String(this.kafkaPort),
      JENJANG_KAFKA_CONTROLLER_PORT: String(this.controllerPort),
      JENJANG_MONGO_PORT: String(this.mongoPort),
    };
  }

  /** Starts what is not running (both the first time; the broker again after a kill). */
  async up(): Promise<void> {
    if (!this.kafkaPort) {
      this.kafkaPort = await freePort();
      this.controllerPort = await freePort();
      this.mongoPort = await freePort();
    }
    await run(process.execPath, [join(ROOT, 'scripts', 'infra.mjs'), 'up'], {
      cwd: ROOT,
      env: this.env(),
      timeout: 180_000,
    });
  }

  /** SIGKILL the broker: no controlled shutdown, as when a machine dies. */
  killKafka(): void {
    const pid = Number(readFileSync(join(this.stateDir, 'infra', 'kafka.pid'), 'utf8').trim());
    process.kill(pid, 'SIGKILL');
  }

  async down(): Promise<void> {
    await run(process.execPath, [join(ROOT, 'scripts', 'infra.mjs'), 'down'], {
      cwd: ROOT,
      env: this.env(),
      timeout: 60_000,
    }).catch(() => undefined);
    rmSync(this.stateDir, { recursive: true, force: true });
  }
}
