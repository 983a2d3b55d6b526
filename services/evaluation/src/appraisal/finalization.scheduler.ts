import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { AppraisalRepository } from './appraisal.repository';
import { AppraisalDecisionService } from './appraisal-decision.service';

const EVERY_MS = 60_000;

/**
 * Makes appraisals FINAL once their objection window has closed without an objection. Safe on
 * several replicas: each finalization is a revision-guarded write, so only one of them wins.
 */
@Injectable()
export class FinalizationScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(FinalizationScheduler.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    private readonly appraisals: AppraisalRepository,
    private readonly decisions: AppraisalDecisionService,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), EVERY_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One sweep; returns how many appraisals became FINAL. */
  async runOnce(now = new Date()): Promise<number> {
    let done = 0;
    for (const a of await this.appraisals.dueForFinalization(now, 200)) {
      try {
        await this.decisions.finalizeAsSystem(a, now);
        done += 1;
      } catch (error) {
        this.logger.warn(`could not finalize appraisal ${a.id}: ${(error as Error).message}`);
      }
    }
    return done;
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.runOnce();
    try {
      const done = await this.running;
      if (done > 0) this.logger.log(`finalized ${done} appraisal(s) whose objection window closed`);
    } catch (error) {
      this.logger.error(`finalization sweep failed: ${(error as Error).message}`);
    } finally {
      this.running = undefined;
    }
  }
}
