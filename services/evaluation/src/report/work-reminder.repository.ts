import { Inject, Injectable } from '@nestjs/common';
import { Schema, type Connection } from 'mongoose';
import {
  DUPLICATE_KEY,
  MONGO_CONNECTION,
  outboxSchemaFields,
  TenantScopedRepository,
  tenantGuardPlugin,
  type AgencyScope,
  type OutboxEntry,
  type OutboxFields,
} from '@jenjang/persistence';

export const WORK_REMINDER_COLLECTION = 'work_reminders';

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
  { collection: WORK_REMINDER_COLLECTION, versionKey: false },
);
ReminderSchema.plugin(tenantGuardPlugin);

/** One document per reminder id (person, agency, day) carrying its event: a rerun adds nothing. */
@Injectable()
export class WorkReminderRepository extends TenantScopedRepository<ReminderDoc, { id: string }> {
  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    super(connection.model<ReminderDoc>('WorkReminder', ReminderSchema));
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
