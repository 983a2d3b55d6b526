import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { TRAINING_CONFIG, type TrainingConfig } from '../config/training.config';
import { JpService } from './jp.service';

/** Sends the jp-reminder round once its date has come; safe to run often and on several replicas. */
@Injectable()
export class JpReminderScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JpReminderScheduler.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    @Inject(TRAINING_CONFIG) private readonly config: TrainingConfig,
    private readonly jp: JpService,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), this.config.JP_REMINDER_SWEEP_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.jp.remind();
    try {
      const n = await this.running;
      if (n > 0) this.logger.log(`staged ${n} JP reminder(s)`);
    } catch (error) {
      this.logger.error(`JP reminder sweep failed: ${(error as Error).message}`);
    } finally {
      this.running = undefined;
    }
  }
}
