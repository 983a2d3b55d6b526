import type { FilterQuery, UpdateQuery } from 'mongoose';
import type { AuditEntry } from './audit';
import type { OutboxEntry, OutboxFields } from './outbox.schema';
import type { AgencyScope } from './tenant';
import { TenantScopedRepository } from './tenant-scoped.repository';
import type { RevisionFields } from './versioned-update';

/** What the store keeps for itself: the agency (from the scope) and the outbox's bookkeeping. */
type StorageFields = 'agencyId' | 'outbox' | 'outboxLease';

/** A new aggregate as a service writes it: no agency (the scope gives it), no outbox fields. */
export type NewAggregate<TDoc> = Omit<TDoc, StorageFields>;

/** One change of an aggregate: fields to set and values to append to array fields. */
export interface AggregateChange<TDoc> {
  set?: Partial<TDoc>;
  push?: Partial<Record<keyof TDoc & string, unknown>>;
}

/**
 * The repository of an aggregate that publishes events: a document of one agency carrying its
 * pending events (outbox), written together with the change in one single-document update (no
 * transaction needed); the outbox relay is told in process (outbox-signals) and publishes them.
 * A unique index's refusal throws DuplicateKeyError, another agency's id reads as absent.
 *
 * The aggregate is found by `_id`; a repository whose aggregate is keyed otherwise (one per
 * employee, per position) overrides `keyFilter`.
 */
export abstract class AggregateRepository<
  TDoc extends { agencyId: string },
  TPlain,
> extends TenantScopedRepository<TDoc, TPlain> {
  /** The filter naming the one aggregate with this key. */
  protected keyFilter(key: string): FilterQuery<TDoc> {
    return { _id: key };
  }

  /** Stores a new aggregate with the events it starts with; DuplicateKeyError if it exists. */
  create(scope: AgencyScope, doc: NewAggregate<TDoc>, events: OutboxEntry[] = []): Promise<TPlain> {
    const outbox: OutboxFields = { outbox: events, outboxLease: null };
    return this.insert(scope, { ...doc, ...outbox } as unknown as Omit<TDoc, 'agencyId'>);
  }

  /** The aggregate, or null when it is not in the scope (another agency's included). */
  byId(scope: AgencyScope, key: string): Promise<TPlain | null> {
    return this.findOne(scope, this.keyFilter(key));
  }
}

/**
 * The repository of an audited aggregate: besides its events, the document is guarded by a
 * revision and carries its audit trail; every change writes the change, its audit entry and its
 * events in one revision-guarded update.
 */
export abstract class AuditedAggregateRepository<
  TDoc extends { agencyId: string } & RevisionFields,
  TPlain,
> extends AggregateRepository<TDoc, TPlain> {
  /** Its audit trail, oldest first; empty when it is not in the scope. */
  async auditOf(scope: AgencyScope, key: string): Promise<AuditEntry[]> {
    return (await this.auditTrail(scope, this.keyFilter(key))) ?? [];
  }

  /**
   * The change, its audit entry and its events in one revision-guarded write. Throws
   * NotFoundError outside the scope and RevisionConflictError when the aggregate moved on since
   * `expectedRevision`.
   */
  change(
    scope: AgencyScope,
    key: string,
    expectedRevision: number,
    change: AggregateChange<TDoc>,
    audit: AuditEntry,
    events: OutboxEntry[] = [],
  ): Promise<TPlain> {
    return this.changeAudited(
      scope,
      this.keyFilter(key),
      expectedRevision,
      changeQuery(change, events),
      audit,
    );
  }
}

/** The update of a change: `$set`, and `$push` of the appended values and the events. */
export function changeQuery<TDoc>(
  change: AggregateChange<TDoc>,
  events: readonly OutboxEntry[] = [],
): UpdateQuery<TDoc> {
  const push: Record<string, unknown> = { ...(change.push ?? {}) };
  if ('outbox' in push) throw new Error('events are staged through the events argument');
  if (events.length > 0) push.outbox = { $each: [...events] };
  const query: UpdateQuery<TDoc> = { $set: change.set ?? {} };
  if (Object.keys(push).length > 0) query.$push = push;
  return query;
}
