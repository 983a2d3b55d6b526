import { EventEmitter } from 'node:events';
import mongoose, { type Connection, type Schema } from 'mongoose';

// Which aggregates just had events staged in their outbox, told in process to the outbox relay
// (libs/messaging), so that it claims those documents by _id instead of scanning a collection
// for pending events. A write the hooks cannot see (a native driver call, an upsert without an
// _id in its filter) is found by the relay's slow recovery sweep instead.

export interface OutboxStaged {
  connection: Connection;
  collection: string;
  ids: unknown[];
  /** The agency of each id where the write named it ('' where not): the relay takes turns. */
  agencies: string[];
}

/** Documents of a collection whose held events were let go (their lease cleared by updateMany). */
export interface OutboxReleased {
  connection: Connection;
  collection: string;
}

class OutboxSignals extends EventEmitter<{ staged: [OutboxStaged]; released: [OutboxReleased] }> {}

/**
 * Emits `staged` after every write through mongoose that put events into an outbox, and
 * `released` after an updateMany that cleared outbox leases (the relay then sweeps at once).
 */
export const outboxSignals = new OutboxSignals();
outboxSignals.setMaxListeners(0);

function pushesOutbox(update: unknown): boolean {
  if (!update || typeof update !== 'object' || Array.isArray(update)) return false;
  const push = (update as { $push?: Record<string, unknown> }).$push;
  const set = (update as { $set?: Record<string, unknown> }).$set;
  const outboxSet = set?.outbox;
  return (
    (push !== undefined && 'outbox' in push) || (Array.isArray(outboxSet) && outboxSet.length > 0)
  );
}

interface QueryLike {
  getUpdate(): unknown;
  getFilter(): Record<string, unknown>;
  model: { collection: { collectionName: string }; db: Connection };
}

/**
 * Tells the outbox relay of `connection` that these documents of `collection` have staged events
 * (writes the mongoose hooks cannot see: bulk writes, `$setOnInsert`, seeds).
 */
export function signalStaged(
  connection: Connection,
  collection: string,
  staged: { id: unknown; agencyId?: unknown }[],
): void {
  const known = staged.filter(({ id }) => id !== undefined && id !== null);
  if (known.length === 0) return;
  outboxSignals.emit('staged', {
    connection,
    collection,
    ids: known.map(({ id }) => id),
    agencies: known.map(({ agencyId }) => (typeof agencyId === 'string' ? agencyId : '')),
  });
}

function emit(model: QueryLike['model'], staged: { id: unknown; agencyId?: unknown }[]): void {
  signalStaged(model.db, model.collection.collectionName, staged);
}

/** The _id a filter names, if it names exactly one. */
function idOf(filter: Record<string, unknown>): unknown {
  const id = filter._id;
  if (id === undefined || (typeof id === 'object' && id !== null && !('toHexString' in id))) {
    return undefined;
  }
  return id;
}

/** Mongoose plugin: on schemas with an `outbox` path, signal the ids written with new events. */
export function outboxSignalPlugin(schema: Schema): void {
  if (!schema.path('outbox')) return;
  type Staged = { _id: unknown; agencyId?: unknown; outbox?: unknown[] };
  schema.post('save', function (doc: Staged) {
    if (doc.outbox?.length)
      emit((this as unknown as { constructor: QueryLike['model'] }).constructor, [
        { id: doc._id, agencyId: doc.agencyId },
      ]);
  });
  schema.post('insertMany', function (docs: Staged[]) {
    const model = this as unknown as QueryLike['model'];
    emit(
      model,
      docs.filter((d) => d.outbox?.length).map((d) => ({ id: d._id, agencyId: d.agencyId })),
    );
  });
  schema.post('updateMany', function () {
    const query = this as unknown as QueryLike;
    const set = (query.getUpdate() as { $set?: Record<string, unknown> } | null)?.$set;
    if (!set || !('outboxLease' in set) || set.outboxLease !== null) return;
    const filter = query.getFilter();
    const ids = (filter._id as { $in?: unknown[] } | undefined)?.$in;
    if (Array.isArray(ids)) {
      // Released by _id: the relay claims exactly these (those without events are skipped).
      emit(
        query.model,
        ids.map((id) => ({ id, agencyId: filter.agencyId })),
      );
      return;
    }
    outboxSignals.emit('released', {
      connection: query.model.db,
      collection: query.model.collection.collectionName,
    });
  });
  schema.post(['updateOne', 'findOneAndUpdate'], function (result: unknown) {
    const query = this as unknown as QueryLike;
    if (!pushesOutbox(query.getUpdate())) return;
    const fromResult = result as { _id?: unknown; agencyId?: unknown } | null;
    const fromUpsert = (result as { upsertedId?: unknown } | null)?.upsertedId;
    const filter = query.getFilter();
    emit(query.model, [
      {
        id: fromResult?._id ?? fromUpsert ?? idOf(filter),
        agencyId: fromResult?.agencyId ?? filter.agencyId,
      },
    ]);
  });
}

// Registered once for every schema compiled after this module loads (repositories compile
// their models on the service's connection at start-up).
mongoose.plugin(outboxSignalPlugin);
