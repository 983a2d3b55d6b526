import type { Model } from 'mongoose';
import { BatchedReads } from './batched-reads';
import { WriteBatcher, type BatchedWrite, type BatchedWriteOutcome } from './write-batcher';

/** A filter that names the document's _id and its agency (tenant isolation). */
export type ByIdFilter = Record<string, unknown> & { _id: string; agencyId: string };

/**
 * The event path's writes of one collection that answer a document (issue 12): the concurrent
 * handlers' single-document writes go in one bulkWrite (WriteBatcher), and the documents are
 * read back by _id in one find per agency (BatchedReads), where each was a findAndModify of its
 * own. Writes go through the driver (fields whose value is undefined left out, as mongoose's
 * casting did), so each is fully formed. A document read back holds its write, and any other
 * that came after it.
 */
export class BatchedUpserts<TDoc extends { _id: string; agencyId: string }, TPlain> {
  private readonly writes: WriteBatcher<TDoc>;
  private readonly reads: BatchedReads<TDoc, TPlain>;

  constructor(model: Model<TDoc>, toPlain: (doc: TDoc) => TPlain) {
    this.writes = new WriteBatcher(model, undefined, { ignoreUndefined: true });
    this.reads = new BatchedReads(model, '_id', toPlain);
  }

  /** One write, batched with the concurrent ones (see WriteBatcher.write). */
  write(write: BatchedWrite<TDoc>, staged?: { id: unknown }): Promise<BatchedWriteOutcome> {
    return this.writes.write(write, staged);
  }

  /** The agency's document with this _id, read with the concurrent reads, or null. */
  one(agencyId: string, id: string): Promise<TPlain | null> {
    return this.reads.one(agencyId, id);
  }

  /** Upserts the document `filter` names and answers it as it now is. */
  async upsertAndGet(filter: ByIdFilter, update: Record<string, unknown>): Promise<TPlain | null> {
    await this.writes.write({ updateOne: { filter, update, upsert: true } });
    return this.reads.one(filter.agencyId, filter._id);
  }
}
