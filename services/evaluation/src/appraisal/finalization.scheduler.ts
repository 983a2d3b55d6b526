import { Injectable } from '@nestjs/common';
import { IntervalJob } from '@jenjang/platform';
import { AppraisalRepository } from './appraisal.repository';
import { AppraisalDecisionService } from './appraisal-decision.service';

const EVERY_MS = 60_000;

/**
 * Makes appraisals FINAL once their objection window has closed without an objection. Safe on
 * several replicas: each finalization is a revision-guarded write, so only one of them wins.
 */
@Injectable()
export class FinalizationScheduler extends IntervalJob {
  constructor(
    private readonly appraisals: AppraisalRepository,
    private readonly decisions: AppraisalDecisionService,
  ) {
    super();
  }

  protected readonly jobName = 'finalization sweep';

  protected get intervalMs(): number {
    return EVERY_MS;
  }

  protected async runJob(now: Date): Promise<string | undefined> {
    const done = await this.runOnce(now);
    return done > 0 ? `finalized ${done} appraisal(s) whose objection window closed` : undefined;
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
}
