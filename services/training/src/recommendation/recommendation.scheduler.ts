import { Inject, Injectable } from '@nestjs/common';
import { IntervalJob } from '@jenjang/platform';
import { TRAINING_CONFIG, type TrainingConfig } from '../config/training.config';
import { RecommendationDecisions } from './recommendation-decisions.service';
import { RecommendationService } from './recommendation.service';

/**
 * Publishes appraisal sets whose gaps did not come within the grace period, and expires open
 * recommendations. Safe on several replicas: publishing is a status-guarded write.
 */
@Injectable()
export class RecommendationScheduler extends IntervalJob {
  constructor(
    @Inject(TRAINING_CONFIG) private readonly config: TrainingConfig,
    private readonly recommendations: RecommendationService,
    private readonly decisions: RecommendationDecisions,
  ) {
    super();
  }

  protected readonly jobName = 'recommendation sweep';

  protected get intervalMs(): number {
    return this.config.RECOMMENDATION_SWEEP_MS;
  }

  protected async runJob(now: Date): Promise<string | undefined> {
    const published = await this.recommendations.publishDue(now);
    const expired = await this.decisions.expire(now);
    return published + expired > 0
      ? `published ${published} set(s) after the grace period, expired ${expired}`
      : undefined;
  }
}
