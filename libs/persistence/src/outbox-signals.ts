import { EventEmitter } from 'node:events';
import mongoose, { type Connection, type Schema } from 'mongoose';
import type { OutboxEntry } from './outbox.schema';

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
  /**
   * The events each write staged, where the write shows exactly which (an insert, a `$push` that
   * was applied); the relay then publishes them as they are, without claiming and reading the
   * document. Undefined where unknown: the relay claims the document and reads its outbox.
   */
  entries: (OutboxEntry[] | undefined)[];
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

/** An entry as the driver wrote it (mongoose may hand a cast subdocument). */
function plainEntry(entry: unknown): OutboxEntry {
  const e = entry as OutboxEntry & { toObject?: () => OutboxEntry };
  const { id, topic, key, headers, payload, createdAt } = e.toObject ? e.toObject() : e;
  return { id, topic, key, headers, payload, createdAt };
}

function entriesOf(value: unknown): OutboxEntry[] | undefined {
  if (value === undefined || value === null) return undefined;
  const each = (value as { $each?: unknown }).$each;
  const list = Array.isArray(value) ? value : Array.isArray(each) ? each : [value];
  return list.map(plainEntry);
}

const held = (lease: unknown): boolean => lease !== undefined && lease !== null;

/**
 * The events an applied update staged, when it shows them exactly: `$push` to the outbox,
 * `$set` of the outbox, and `$setOnInsert` of it when the write inserted. Undefined when it shows
 * none, or when it holds them (sets an outbox lease, as an import does until it is done).
 */
export function stagedByUpdate(update: unknown, inserted: boolean): OutboxEntry[] | undefined {
  if (!update || typeof update !== 'object' || Array.isArray(update)) return undefined;
  const u = update as Record<
    '$push' | '$set' | '$setOnInsert',
    Record<string, unknown> | undefined
  >;
  if (held(u.$set?.outboxLease) || (inserted && held(u.$setOnInsert?.outboxLease))) {
    return undefined;
  }
  const entries = [
    ...(entriesOf(u.$push?.outbox) ?? []),
    ...(entriesOf(u.$set?.outbox) ?? []),
    ...((inserted ? entriesOf(u.$setOnInsert?.outbox) : undefined) ?? []),
  ];
  return entries.length > 0 ? entries : undefined;
}

/** The events an inserted document stages: its outbox, unless it holds them with a lease. */
export function stagedByInsert(doc: {
  outbox?: unknown;
  outboxLease?: unknown;
}): OutboxEntry[] | undefined {
  if (held(doc.outboxLease) || !Array.isArray(doc.outbox) || doc.outbox.length === 0) {
    return undefined;
  }
  return doc.outbox.map(plainEntry);
}

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
export function signalStaged(connection: Connection, collection: string, staged: Staged[]): void {
  const known = staged.filter(({ id }) => id !== undefined && id !== null);
  if (known.length === 0) return;
  outboxSignals.emit('staged', {
    connection,
    collection,
    ids: known.map(({ id }) => id),
    agencies: known.map(({ agencyId }) => (typeof agencyId === 'string' ? agencyId : '')),
    entries: known.map(({ entries }) => entries),
  });
}

/** A document written with staged events: its id, its agency, the events where known. */
export interface Staged {
  id: unknown;
  agencyId?: unknown;
  entries?: OutboxEntry[];
}

function emit(model: QueryLike['model'], staged: Staged[]): void {
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
  type Written = {
    _id: unknown;
    agencyId?: unknown;
    outbox?: unknown[];
    outboxLease?: unknown;
    $locals?: Record<string, unknown>;
    isNew?: boolean;
  };
  // Whether the save inserts: only then is the whole outbox what this write staged.
  schema.pre('save', function () {
    const doc = this as unknown as Written;
    if (doc.$locals) doc.$locals.outboxInserted = doc.isNew === true;
  });
  schema.post('save', function (doc: Written) {
    if (doc.outbox?.length)
      emit((this as unknown as { constructor: QueryLike['model'] }).constructor, [
        {
          id: doc._id,
          agencyId: doc.agencyId,
          entries: doc.$locals?.outboxInserted === true ? stagedByInsert(doc) : undefined,
        },
      ]);
  });
  schema.post('insertMany', function (docs: Written[]) {
    const model = this as unknown as QueryLike['model'];
    emit(
      model,
      docs
        .filter((d) => d.outbox?.length)
        .map((d) => ({ id: d._id, agencyId: d.agencyId, entries: stagedByInsert(d) })),
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
    const counts = result as { matchedCount?: number; upsertedCount?: number } | null;
    const fromUpsert = (result as { upsertedId?: unknown } | null)?.upsertedId;
    const filter = query.getFilter();
    // Applied: updateOne counts what it matched or inserted; findOneAndUpdate returns the
    // document (whether it inserted is not told, so `$setOnInsert` is not counted as staged).
    const applied =
      typeof counts?.matchedCount === 'number'
        ? counts.matchedCount + (counts.upsertedCount ?? 0) > 0
        : fromResult !== null && fromResult !== undefined;
    const inserted = (counts?.upsertedCount ?? 0) > 0;
    emit(query.model, [
      {
        id: fromResult?._id ?? fromUpsert ?? idOf(filter),
        agencyId: fromResult?.agencyId ?? filter.agencyId,
        entries: applied ? stagedByUpdate(query.getUpdate(), inserted) : undefined,
      },
    ]);
  });
}

// Registered once for every schema compiled after this module loads (repositories compile
// their models on the service's connection at start-up).
mongoose.plugin(outboxSignalPlugin);
