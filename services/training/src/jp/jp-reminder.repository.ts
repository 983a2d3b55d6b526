import { Inject, Injectable } from '@nestjs/common';
import type { Connection } from 'mongoose';
import { MONGO_CONNECTION, OnceEventRepository } from '@jenjang/persistence';

export const JP_REMINDER_COLLECTION = 'jp_reminders';

/** One document per reminder id, carrying its event: inserting it twice is refused. */
@Injectable()
export class JpReminderRepository extends OnceEventRepository {
  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    super(connection, 'JpReminder', JP_REMINDER_COLLECTION);
  }
}
