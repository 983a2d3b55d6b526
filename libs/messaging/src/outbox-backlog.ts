/** What the relay reports about the events still waiting in one collection's outboxes. */
export interface OutboxBacklog {
  /** Aggregates with at least one unpublished event. */
  readonly documents: number;
  /** Age of the oldest unpublished event in seconds; 0 when nothing waits. */
  readonly oldestAgeSeconds: number;
}

type PendingDoc = { outbox?: readonly { createdAt?: Date | string | null }[] };

/**
 * Folds the pending documents (only their entries' createdAt projected) into the backlog gauges,
 * a document at a time: one pass over the scan the relay already makes (streamed, so a backlog of
 * any size is never held in memory), and the oldest age costs no second query.
 */
export class OutboxBacklogTally {
  private documents = 0;
  private oldest = Number.POSITIVE_INFINITY;

  add(doc: PendingDoc): void {
    this.documents += 1;
    for (const entry of doc.outbox ?? []) {
      const at = entry.createdAt ? new Date(entry.createdAt).getTime() : Number.NaN;
      if (at < this.oldest) this.oldest = at;
    }
  }

  result(now: number): OutboxBacklog {
    const oldestAgeSeconds = Number.isFinite(this.oldest)
      ? Math.max(0, (now - this.oldest) / 1000)
      : 0;
    return { documents: this.documents, oldestAgeSeconds };
  }
}

/** OutboxBacklogTally over a whole list. */
export function outboxBacklog(pending: Iterable<PendingDoc>, now: number): OutboxBacklog {
  const tally = new OutboxBacklogTally();
  for (const doc of pending) tally.add(doc);
  return tally.result(now);
}
