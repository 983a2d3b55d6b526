import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';

/**
 * A sweep a service runs on an interval while it is up (finalization, reminders, due
 * recommendations, surveys, rotation reviews): never two runs at once in one process, a failed
 * run logged and tried again at the next tick, the run in progress awaited at shutdown. Safe on
 * several replicas only when the job's writes are guarded (revision, status or deterministic id),
 * which each job says.
 */
export abstract class IntervalJob implements OnApplicationBootstrap, OnApplicationShutdown {
  protected readonly logger = new Logger(this.constructor.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  /** How often the job runs, in ms. */
  protected abstract get intervalMs(): number;

  /** What the job is called in the log ("finalization sweep"). */
  protected abstract readonly jobName: string;

  /** One run; returns a line to log when it did something, else undefined. */
  protected abstract runJob(now: Date): Promise<string | undefined>;

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), this.intervalMs);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One run now, unless one is in progress (then that one is awaited). */
  async tick(now = new Date()): Promise<void> {
    if (this.running) {
      await this.running;
      return;
    }
    const run = this.runJob(now).then(
      (line) => {
        if (line) this.logger.log(line);
      },
      (error: unknown) => this.logger.error(`${this.jobName} failed: ${(error as Error).message}`),
    );
    this.running = run;
    try {
      await run;
    } finally {
      this.running = undefined;
    }
  }
}
