import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { SERVICE_CONFIG } from '@jenjang/platform';
import type { CareerPlanningConfig } from '../config/career-planning.config';
import { RotationService } from './rotation.service';

/** The rotation review of every agency, on an interval; proposals are made once (same ids). */
@Injectable()
export class RotationScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RotationScheduler.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: CareerPlanningConfig,
    private readonly rotations: RotationService,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), this.config.ROTATION_REVIEW_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.rotations.reviewAll();
    try {
      const n = await this.running;
      if (n > 0) this.logger.log(`proposed ${n} rotation(s)`);
    } catch (error) {
      this.logger.error(`rotation review failed: ${(error as Error).message}`);
    } finally {
      this.running = undefined;
    }
  }
}
