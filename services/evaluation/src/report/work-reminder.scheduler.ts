import { Injectable } from '@nestjs/common';
import { IntervalJob } from '@jenjang/platform';
import { WorkReminderService } from './work-reminder.service';

// Hourly: the reminder id is per day, so only the first sweep of a day stages anything, and a
// replica that was down at midnight still reminds the same day.
const EVERY_MS = 3_600_000;

/** The daily reminder of late work to the penilai and atasan penilai it waits on. */
@Injectable()
export class WorkReminderScheduler extends IntervalJob {
  constructor(private readonly reminders: WorkReminderService) {
    super();
  }

  protected readonly jobName = 'work-waiting sweep';

  protected get intervalMs(): number {
    return EVERY_MS;
  }

  protected async runJob(): Promise<string | undefined> {
    const n = await this.reminders.remind();
    return n > 0 ? `staged ${n} work-waiting reminder(s)` : undefined;
  }
}
