import { Inject, Injectable } from '@nestjs/common';
import { IntervalJob, SERVICE_CONFIG } from '@jenjang/platform';
import type { CareerPlanningConfig } from '../config/career-planning.config';
import { RotationReviewService } from './rotation-review.service';

/** The rotation review of every agency, on an interval; proposals are made once (same ids). */
@Injectable()
export class RotationScheduler extends IntervalJob {
  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: CareerPlanningConfig,
    private readonly rotations: RotationReviewService,
  ) {
    super();
  }

  protected readonly jobName = 'rotation review';

  protected get intervalMs(): number {
    return this.config.ROTATION_REVIEW_MS;
  }

  protected async runJob(): Promise<string | undefined> {
    const n = await this.rotations.reviewAll();
    return n > 0 ? `proposed ${n} rotation(s)` : undefined;
  }
}
