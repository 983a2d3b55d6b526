import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { TRAINING_CONFIG, type TrainingConfig } from '../config/training.config';
import { RecommendationDecisions } from './recommendation-decisions.service';
import { RecommendationService } from './recommendation.service';

/**
 * Publishes appraisal sets whose gaps did not come within the grace period, and expires open
 * recommendations. Safe on several replicas: publishing is a status-guarded write.
 */
@Injectable()
export class RecommendationScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RecommendationScheduler.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    @Inject(TRAINING_CONFIG) private readonly config: TrainingConfig,
    private readonly recommendations: RecommendationService,
    private readonly decisions: RecommendationDecisions,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), this.config.RECOMMENDATION_SWEEP_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  async runOnce(now = new Date()): Promise<void> {
    const published = await this.recommendations.publishDue(now);
    const expired = await this.decisions.expire(now);
    if (published + expired > 0) {
      this.logger.log(`published ${published} set(s) after the grace period, expired ${expired}`);
    }
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.runOnce().catch((error: unknown) => {
      this.logger.error(`recommendation sweep failed: ${(error as Error).message}`);
    });
    await this.running;
    this.running = undefined;
  }
}
