import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { WorkReminderService } from './work-reminder.service';

// Hourly: the reminder id is per day, so only the first sweep of a day stages anything, and a
// replica that was down at midnight still reminds the same day.
const EVERY_MS = 3_600_000;

/** The daily reminder of late work to the penilai and atasan penilai it waits on. */
@Injectable()
export class WorkReminderScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkReminderScheduler.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(private readonly reminders: WorkReminderService) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), EVERY_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.reminders.remind();
    try {
      const n = await this.running;
      if (n > 0) this.logger.log(`staged ${n} work-waiting reminder(s)`);
    } catch (error) {
      this.logger.error(`work-waiting sweep failed: ${(error as Error).message}`);
    } finally {
      this.running = undefined;
    }
  }
}
