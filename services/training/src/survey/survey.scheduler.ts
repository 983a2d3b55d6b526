import { Inject, Injectable } from '@nestjs/common';
import { IntervalJob } from '@jenjang/platform';
import { TRAINING_CONFIG, type TrainingConfig } from '../config/training.config';
import { SurveyService } from './survey.service';

/** Opens due follow-ups and sends reminders; safe on several replicas (guarded writes). */
@Injectable()
export class SurveyScheduler extends IntervalJob {
  constructor(
    @Inject(TRAINING_CONFIG) private readonly config: TrainingConfig,
    private readonly surveys: SurveyService,
  ) {
    super();
  }

  protected readonly jobName = 'survey sweep';

  protected get intervalMs(): number {
    return this.config.SURVEY_SWEEP_MS;
  }

  protected async runJob(now: Date): Promise<string | undefined> {
    const n = await this.surveys.sweep(now);
    return n > 0 ? `staged ${n} survey request(s)` : undefined;
  }
}
