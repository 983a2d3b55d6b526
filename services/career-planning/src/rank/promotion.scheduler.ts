import { Inject, Injectable } from '@nestjs/common';
import { IntervalJob, SERVICE_CONFIG } from '@jenjang/platform';
import type { CareerPlanningConfig } from '../config/career-planning.config';
import { PromotionEligibilityService } from './promotion-eligibility.service';

/**
 * Opens each agency's kenaikan pangkat list for its next configured period without HR asking:
 * once per period (a list already opened is kept current by the event path); entries and
 * announcements have deterministic ids, so two replicas running it at once write nothing twice.
 */
@Injectable()
export class PromotionScheduler extends IntervalJob {
  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: CareerPlanningConfig,
    private readonly promotions: PromotionEligibilityService,
  ) {
    super();
  }

  protected readonly jobName = 'promotion lists';

  protected get intervalMs(): number {
    return this.config.PROMOTION_LIST_MS;
  }

  protected async runJob(): Promise<string | undefined> {
    const opened = await this.promotions.openDueLists();
    return opened.length > 0 ? `opened promotion list(s): ${opened.join(', ')}` : undefined;
  }
}
