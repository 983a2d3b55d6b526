import { Inject, Injectable } from '@nestjs/common';
import type { Connection } from 'mongoose';
import { MONGO_CONNECTION, OnceEventRepository } from '@jenjang/persistence';

export const WORK_REMINDER_COLLECTION = 'work_reminders';

/** One document per reminder id (person, agency, day) carrying its event: a rerun adds nothing. */
@Injectable()
export class WorkReminderRepository extends OnceEventRepository {
  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    super(connection, 'WorkReminder', WORK_REMINDER_COLLECTION);
  }
}
