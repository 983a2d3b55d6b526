import { FairQueue, type OutboxEntry, type OutboxStaged } from '@jenjang/persistence';

/**
 * Events a relay keeps in memory to publish as staged (beyond, signals are queued by id and the
 * documents claimed and read): a paced bulk waits in the store, not in the heap.
 */
const IN_MEMORY_ENTRIES = 5_000;

/** A signalled document: its id, when it was signalled, the events staged if the write told. */
export interface Queued {
  id: unknown;
  at: number;
  entries?: OutboxEntry[];
}

/** A queue key for a document id (a string, or an ObjectId and the like by its text). */
const idKey = (id: unknown): string =>
  typeof id === 'string' ? `s:${id}` : `o:${(id as { toString(): string }).toString()}`;

/**
 * What the writes told an outbox relay, per collection: the documents with staged events, in
 * signal order within an agency, agencies taking turns (one agency's bulk import does not hold
 * back another's events), with the events themselves where the write told them.
 */
export class RelayQueue {
  private readonly queues = new Map<string, FairQueue<Queued>>();
  /** Events held in the queues' entries (bounded by IN_MEMORY_ENTRIES). */
  private entriesInMemory = 0;
  /**
   * After a failed publish, documents are claimed and read until a sweep has run: their events
   * left in the store then go out before, not after, the ones staged since.
   */
  claimOnly = false;

  constructor(collections: readonly string[]) {
    for (const name of collections) this.queues.set(name, new FairQueue());
  }

  has(collection: string): boolean {
    return this.queues.has(collection);
  }

  /** Documents queued, across the collections. */
  get size(): number {
    let total = 0;
    for (const queue of this.queues.values()) total += queue.size;
    return total;
  }

  sizeOf(collection: string): number {
    return this.queues.get(collection)?.size ?? 0;
  }

  isQueued(collection: string, id: unknown): boolean {
    return this.queues.get(collection)?.has(idKey(id)) ?? false;
  }

  /** Queues a signal's documents; false when none is one of these collections. */
  add(signal: OutboxStaged): boolean {
    const queue = this.queues.get(signal.collection);
    if (!queue) return false;
    const at = Date.now();
    signal.ids.forEach((id, i) => {
      const key = idKey(id);
      const before = queue.get(key);
      let entries = signal.entries?.[i];
      if (before) {
        // Queued already: its events and these go out together, or the document is read.
        this.entriesInMemory -= before.entries?.length ?? 0;
        entries = before.entries && entries ? [...before.entries, ...entries] : undefined;
      } else if (this.claimOnly || this.entriesInMemory >= IN_MEMORY_ENTRIES) entries = undefined;
      this.entriesInMemory += entries?.length ?? 0;
      queue.push(signal.agencies[i] ?? '', key, { id, at: before?.at ?? at, entries });
    });
    return true;
  }

  /**
   * Up to `max` documents of a collection, agencies taking turns among those `accept` takes (by
   * agency and its queued size): those whose events were told, and the ids of the others (to
   * claim and read). `held` says whether documents were left behind.
   */
  take(
    collection: string,
    max: number,
    accept: (agency: string, size: number) => boolean,
  ): { told: Queued[]; ids: unknown[]; held: boolean } {
    const queue = this.queues.get(collection);
    const told: Queued[] = [];
    const ids: unknown[] = [];
    if (!queue) return { told, ids, held: false };
    for (
      let next = queue.shiftWhere(accept);
      next;
      next = told.length + ids.length < max ? queue.shiftWhere(accept) : undefined
    ) {
      const item = next[1];
      this.entriesInMemory -= item.entries?.length ?? 0;
      if (item.entries && !this.claimOnly) told.push(item);
      else ids.push(item.id);
    }
    return { told, ids, held: queue.size > 0 };
  }

  /** Whether some agency has more than `size` documents of this collection queued. */
  backlogIn(collection: string, size: number): boolean {
    return this.queues.get(collection)?.someGroup((_, n) => n > size) ?? false;
  }

  /** When the oldest queued document was signalled (Infinity when none is). */
  oldestAt(collection?: string): number {
    let oldest = Infinity;
    for (const [name, queue] of this.queues) {
      if (collection !== undefined && name !== collection) continue;
      for (const [, entry] of queue.entries()) oldest = Math.min(oldest, entry.at);
    }
    return oldest;
  }

  /** Each collection with its queued documents. */
  sizes(): [collection: string, size: number][] {
    return [...this.queues].map(([name, queue]) => [name, queue.size]);
  }
}
