import { Schema, type Connection } from 'mongoose';
import { outboxSchemaFields, type OutboxEntry, type OutboxFields } from './outbox.schema';
import { DuplicateKeyError } from './duplicate-key';
import { tenantGuardPlugin } from './tenant-guard.plugin';
import type { AgencyScope } from './tenant';
import { TenantScopedRepository } from './tenant-scoped.repository';

/** A document that exists to stage one event, once: its id says what it is once per. */
export interface OnceEventDoc extends OutboxFields {
  _id: string;
  agencyId: string;
  employeeId: string;
  createdAt: Date;
}

function onceEventSchema(collection: string): Schema<OnceEventDoc> {
  const schema = new Schema<OnceEventDoc>(
    {
      _id: { type: String, required: true },
      agencyId: { type: String, required: true },
      employeeId: { type: String, required: true },
      createdAt: { type: Date, required: true },
      ...outboxSchemaFields,
    },
    { collection, versionKey: false },
  );
  schema.plugin(tenantGuardPlugin);
  return schema;
}

/**
 * One document per id carrying its event (a reminder per person and day, per round, …): staging
 * the same id again is refused by the store, so a rerun of a sweep, or a second replica, adds
 * nothing. The outbox relay publishes the event.
 */
export abstract class OnceEventRepository extends TenantScopedRepository<
  OnceEventDoc,
  { id: string }
> {
  protected constructor(connection: Connection, modelName: string, collection: string) {
    super(connection.model<OnceEventDoc>(modelName, onceEventSchema(collection)));
  }

  protected toPlain(doc: OnceEventDoc): { id: string } {
    return { id: doc._id };
  }

  /** Stages the event under `id`; false when that id was staged already. */
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
      if (error instanceof DuplicateKeyError) return false;
      throw error;
    }
  }
}
