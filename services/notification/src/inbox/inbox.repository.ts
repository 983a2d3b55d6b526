import { Inject, Injectable } from '@nestjs/common';
import type { Connection } from 'mongoose';
import {
  isDuplicateKey,
  MONGO_CONNECTION,
  TenantScopedRepository,
  WriteBatcher,
  type AgencyScope,
} from '@jenjang/persistence';
import { InboxItemSchema, type InboxItemDoc } from './inbox-item.schema';

export interface InboxItem {
  id: string;
  type: string;
  mandatory: boolean;
  subject: string;
  body: string;
  createdAt: Date;
  readAt: Date | null;
  archivedAt: Date | null;
}

export type NewInboxItem = Omit<InboxItemDoc, 'agencyId' | 'readAt' | 'archivedAt'>;

export type InboxFilter = 'ACTIVE' | 'UNREAD' | 'ARCHIVED';

@Injectable()
export class InboxRepository extends TenantScopedRepository<InboxItemDoc, InboxItem> {
  private readonly puts: WriteBatcher<InboxItemDoc>;

  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    super(connection.model<InboxItemDoc>('InboxItem', InboxItemSchema));
    this.puts = new WriteBatcher(this.model);
  }

  protected toPlain(d: InboxItemDoc): InboxItem {
    return {
      id: d._id,
      type: d.type,
      mandatory: d.mandatory,
      subject: d.subject,
      body: d.body,
      createdAt: d.createdAt,
      readAt: d.readAt ?? null,
      archivedAt: d.archivedAt ?? null,
    };
  }

  /** Idempotent: a second delivery of the same notice finds it there; a resend makes it unread. */
  async put(scope: AgencyScope, item: NewInboxItem, resend: boolean): Promise<void> {
    if (resend) {
      const { _id, ...fields } = item;
      await this.findOneAndUpdate(
        scope,
        { _id },
        { $set: { ...fields, readAt: null, archivedAt: null } },
        { upsert: true },
      );
      return;
    }
    if (scope.kind !== 'agency') throw new Error('an inbox item is put in an agency scope');
    // Batched with the other notices put in the same turn (one insert command for many).
    try {
      await this.puts.write({
        insertOne: {
          document: { ...item, agencyId: scope.agencyId, readAt: null, archivedAt: null },
        },
      });
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
  }

  list(scope: AgencyScope, employeeId: string, filter: InboxFilter, limit: number, skip: number) {
    return this.find(
      scope,
      { employeeId, ...this.filterOf(filter) },
      { sort: { createdAt: -1 }, limit, skip },
    );
  }

  countOf(scope: AgencyScope, employeeId: string, filter: InboxFilter): Promise<number> {
    return this.count(scope, { employeeId, ...this.filterOf(filter) });
  }

  /** Marks one of the person's own items; null when it is not theirs (or does not exist). */
  async mark(
    scope: AgencyScope,
    employeeId: string,
    id: string,
    field: 'readAt' | 'archivedAt',
    at: Date,
  ): Promise<InboxItem | null> {
    const changed = await this.findOneAndUpdate(
      scope,
      { _id: id, employeeId, [field]: null },
      { $set: { [field]: at } },
    );
    return changed ?? this.findOne(scope, { _id: id, employeeId });
  }

  async markAllRead(scope: AgencyScope, employeeId: string, at: Date): Promise<number> {
    const res = await this.model
      .updateMany(
        this.scoped(scope, { employeeId, readAt: null }),
        { $set: { readAt: at } },
        this.options(scope),
      )
      .exec();
    return res.modifiedCount;
  }

  private filterOf(filter: InboxFilter) {
    switch (filter) {
      case 'ACTIVE':
        return { archivedAt: null };
      case 'UNREAD':
        return { archivedAt: null, readAt: null };
      case 'ARCHIVED':
        return { archivedAt: { $ne: null } };
    }
  }
}
