import { Inject, Injectable } from '@nestjs/common';
import { Schema, type Connection } from 'mongoose';
import {
  MONGO_CONNECTION,
  outboxSchemaFields,
  TenantScopedRepository,
  tenantGuardPlugin,
  type AgencyScope,
  type OutboxEntry,
  type OutboxFields,
} from '@jenjang/persistence';

export const JP_REMINDER_COLLECTION = 'jp_reminders';

interface ReminderDoc extends OutboxFields {
  _id: string;
  agencyId: string;
  employeeId: string;
  createdAt: Date;
}

const ReminderSchema = new Schema<ReminderDoc>(
  {
    _id: { type: String, required: true },
    agencyId: { type: String, required: true },
    employeeId: { type: String, required: true },
    createdAt: { type: Date, required: true },
    ...outboxSchemaFields,
  },
  { collection: JP_REMINDER_COLLECTION, versionKey: false },
);
ReminderSchema.plugin(tenantGuardPlugin);

const DUPLICATE_KEY = 11000;

/** One document per reminder id, carrying its event: inserting it twice is refused. */
@Injectable()
export class JpReminderRepository extends TenantScopedRepository<ReminderDoc, { id: string }> {
  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    super(connection.model<ReminderDoc>('JpReminder', ReminderSchema));
  }

  protected toPlain(doc: ReminderDoc): { id: string } {
    return { id: doc._id };
  }

  async insertOnce(
    scope: AgencyScope,
    id: string,
    employeeId: string,
    event: OutboxEntry,
  ): Promise<boolean> {
    try {
      await this.insert(scope, {
        _id: id,
        employeeId,
        createdAt: new Date(),
        outbox: [event],
        outboxLease: null,
      });
      return true;
    } catch (error) {
      if ((error as { code?: number }).code === DUPLICATE_KEY) return false;
      throw error;
    }
  }
}
