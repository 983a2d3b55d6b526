import type { AnyBulkWriteOperation, Document } from 'mongodb';
import type { Model } from 'mongoose';
import { toDuplicateKeyError } from './duplicate-key';
import { GroupCommit } from './group-commit';
import { signalStaged, stagedByInsert, stagedByUpdate } from './outbox-signals';

/** One single-document write, of one agency's document. */
export type BatchedWrite<T extends Document> =
  | { insertOne: { document: T & { agencyId: string } } }
  | { updateOne: { filter: Document & { agencyId: string }; update: Document; upsert?: boolean } };

/** What one write of a batch did: `upserted`, an upsert that inserted its document. */
export interface BatchedWriteOutcome {
  upserted: boolean;
}

interface Waiting<T extends Document> {
  write: BatchedWrite<T>;
  /** The document's _id when the write stages outbox events (the relay is told after it). */
  staged?: unknown;
  agencyId: string;
  resolve: (outcome: BatchedWriteOutcome) => void;
  reject: (error: unknown) => void;
}

/**
 * Combines the single-document writes that concurrent handlers make in the same turn of the
 * event loop into one unordered `bulkWrite`: under load, one command and one round trip for
 * many writes (issue 12: the store's work per appraisal); alone, a write waits only for the next
 * turn (setImmediate), or for the batch at the store to be answered. Each caller's promise
 * settles with its own write: a write refused (a duplicate key, as DuplicateKeyError) rejects
 * that caller only.
 *
 * It writes through the driver, so each write carries its agency in the filter or document
 * (checked here, as the tenant guard checks mongoose's queries) and is fully formed (no schema
 * defaults or casting). A write that stages outbox events names its document (`staged`), and the
 * outbox relay is told after the batch, as mongoose's hooks tell it for other writes.
 */
export class WriteBatcher<T extends Document> {
  private waiting: Waiting<T>[] = [];
  private scheduled = false;
  /** The next bulkWrite waits for the one at the store. */
  private readonly commit = new GroupCommit();

  constructor(
    private readonly model: Model<T>,
    private readonly maxBatch = 500,
    /** Leave fields whose value is undefined out of the writes, as the driver's option does. */
    private readonly options: { ignoreUndefined?: boolean } = {},
  ) {}

  write(write: BatchedWrite<T>, staged?: { id: unknown }): Promise<BatchedWriteOutcome> {
    const agencyId =
      'insertOne' in write ? write.insertOne.document.agencyId : write.updateOne.filter.agencyId;
    if (typeof agencyId !== 'string' || agencyId === '') {
      return Promise.reject(new Error('a batched write names its agency (tenant isolation)'));
    }
    return new Promise<BatchedWriteOutcome>((resolve, reject) => {
      this.waiting.push({ write, staged: staged?.id, agencyId, resolve, reject });
      if (this.waiting.length >= this.maxBatch && !this.commit.busy) void this.flush();
      else this.schedule();
    });
  }

  /** The next turn flushes what waits, or the answer of the bulkWrite at the store. */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.commit.schedule(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    if (this.commit.busy) return this.schedule();
    const batch = this.waiting.splice(0, this.maxBatch);
    if (batch.length === 0) return;
    try {
      await this.commit.send(() => this.writeBatch(batch));
    } finally {
      if (this.waiting.length > 0) this.schedule();
    }
  }

  private async writeBatch(batch: Waiting<T>[]): Promise<void> {
    const failed = new Map<number, unknown>();
    let upserted: Record<number, unknown> = {};
    let matched = -1;
    try {
      const result = await this.model.collection.bulkWrite(
        batch.map((w) => w.write as AnyBulkWriteOperation<Document>),
        { ordered: false, ...this.options },
      );
      upserted = result.upsertedIds ?? {};
      matched = result.matchedCount;
    } catch (error) {
      upserted =
        (error as { result?: { upsertedIds?: Record<number, unknown> } }).result?.upsertedIds ?? {};
      const writeErrors = (error as { writeErrors?: unknown }).writeErrors;
      const perWrite = Array.isArray(writeErrors) ? writeErrors : writeErrors ? [writeErrors] : [];
      if (perWrite.length === 0) {
        for (const w of batch) w.reject(error);
        return;
      }
      for (const e of perWrite as { index: number }[]) failed.set(e.index, toDuplicateKeyError(e));
    }
    // The store counts matches for the whole batch, not per write: a write that may have matched
    // nothing (an update without upsert) shows what it staged only when every such write matched.
    const updates = batch.filter(
      (w, i) => !failed.has(i) && 'updateOne' in w.write && !(i in upserted),
    ).length;
    const allMatched = matched === updates;
    signalStaged(
      this.model.db,
      this.model.collection.collectionName,
      batch.flatMap((w, i) => {
        if (failed.has(i)) return [];
        const write = w.write;
        const entries =
          w.staged === undefined
            ? undefined
            : 'insertOne' in write
              ? stagedByInsert(write.insertOne.document as Document)
              : write.updateOne.upsert || allMatched
                ? stagedByUpdate(write.updateOne.update, i in upserted)
                : undefined;
        return [{ id: w.staged, agencyId: w.agencyId, entries }];
      }),
    );
    batch.forEach((w, i) =>
      failed.has(i) ? w.reject(failed.get(i)) : w.resolve({ upserted: i in upserted }),
    );
  }
}
