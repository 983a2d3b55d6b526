import { Inject, Injectable } from '@nestjs/common';
import { IntervalJob } from '@jenjang/platform';
import { TRAINING_CONFIG, type TrainingConfig } from '../config/training.config';
import { JpService } from './jp.service';

/** Sends the jp-reminder round once its date has come; safe to run often and on several replicas. */
@Injectable()
export class JpReminderScheduler extends IntervalJob {
  constructor(
    @Inject(TRAINING_CONFIG) private readonly config: TrainingConfig,
    private readonly jp: JpService,
  ) {
    super();
  }

  protected readonly jobName = 'JP reminder sweep';

  protected get intervalMs(): number {
    return this.config.JP_REMINDER_SWEEP_MS;
  }

  protected async runJob(): Promise<string | undefined> {
    const n = await this.jp.remind();
    return n > 0 ? `staged ${n} JP reminder(s)` : undefined;
  }
}
