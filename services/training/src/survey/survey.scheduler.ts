import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { TRAINING_CONFIG, type TrainingConfig } from '../config/training.config';
import { SurveyService } from './survey.service';

/** Opens due follow-ups and sends reminders; safe on several replicas (guarded writes). */
@Injectable()
export class SurveyScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SurveyScheduler.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    @Inject(TRAINING_CONFIG) private readonly config: TrainingConfig,
    private readonly surveys: SurveyService,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), this.config.SURVEY_SWEEP_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.surveys.sweep(new Date());
    try {
      const n = await this.running;
      if (n > 0) this.logger.log(`staged ${n} survey request(s)`);
    } catch (error) {
      this.logger.error(`survey sweep failed: ${(error as Error).message}`);
    } finally {
      this.running = undefined;
    }
  }
}
