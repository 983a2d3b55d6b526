/** What the relay reports about the events still waiting in one collection's outboxes. */
export interface OutboxBacklog {
  /** Aggregates with at least one unpublished event. */
  readonly documents: number;
  /** Age of the oldest unpublished event in seconds; 0 when nothing waits. */
  readonly oldestAgeSeconds: number;
}

/**
 * Folds the pending documents (only their entries' createdAt projected) into the backlog gauges:
 * one pass over the scan the relay already makes, so the oldest age costs no second query.
 */
export function outboxBacklog(
  pending: Iterable<{ outbox?: readonly { createdAt?: Date | string | null }[] }>,
  now: number,
): OutboxBacklog {
  let documents = 0;
  let oldest = Number.POSITIVE_INFINITY;
  for (const doc of pending) {
    documents += 1;
    for (const entry of doc.outbox ?? []) {
      const at = entry.createdAt ? new Date(entry.createdAt).getTime() : Number.NaN;
      if (at < oldest) oldest = at;
    }
  }
  const oldestAgeSeconds = Number.isFinite(oldest) ? Math.max(0, (now - oldest) / 1000) : 0;
  return { documents, oldestAgeSeconds };
}
