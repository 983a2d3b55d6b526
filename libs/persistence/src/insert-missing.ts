import type { Connection } from 'mongoose';
import { signalStaged } from './outbox-signals';
import type { OutboxEntry } from './outbox.schema';

/** A document to seed: its deterministic `_id` and fields, with the events it stages (if any). */
export type SeedDocument = { readonly _id: string; readonly events?: readonly OutboxEntry[] };

/**
 * For seeds and other loaders: inserts the documents whose `_id` is missing and touches nothing
 * that exists (`$setOnInsert` under an upsert by the deterministic id, one unordered bulk write).
 * With `outbox: true` (an aggregate's collection) each inserted document gets its `events` as its
 * outbox and no lease, as the repositories write them, and the outbox relay of this process is
 * told of them; another process's relay finds them in its sweep. Returns the ids inserted.
 */
export async function insertMissing(
  connection: Connection,
  collection: string,
  docs: readonly SeedDocument[],
  options: { outbox?: boolean } = {},
): Promise<string[]> {
  if (docs.length === 0) return [];
  const result = await connection.collection<{ _id: string }>(collection).bulkWrite(
    docs.map(({ _id, events, ...fields }) => {
      const storage = options.outbox ? { outbox: [...(events ?? [])], outboxLease: null } : {};
      return {
        updateOne: {
          filter: { _id },
          update: { $setOnInsert: { ...fields, ...storage } },
          upsert: true,
        },
      };
    }),
    { ordered: false },
  );
  const inserted = Object.values(result.upsertedIds).map(String);
  if (options.outbox) {
    const staged = new Map(docs.filter((d) => d.events?.length).map((d) => [d._id, d.events]));
    signalStaged(
      connection,
      collection,
      inserted.filter((id) => staged.has(id)).map((id) => ({ id, entries: [...staged.get(id)!] })),
    );
  }
  return inserted;
}
