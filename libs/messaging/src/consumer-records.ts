import type { KafkaMessage } from 'kafkajs';
import { CE_HEADERS, headerValue } from '@jenjang/contracts';
import { FairQueue } from '@jenjang/persistence';

// The records KafkaEventServer writes besides the events: retry records and dead letters, with
// the bookkeeping headers it adds, and the order in which a batch's lanes start.

export const RETRY_HEADERS = {
  originalTopic: 'x-original-topic',
  originalPartition: 'x-original-partition',
  originalOffset: 'x-original-offset',
  attempt: 'x-attempt',
  notBefore: 'x-not-before',
  lastError: 'x-last-error',
} as const;

export const DLQ_HEADERS = {
  reason: 'x-dlq-reason',
  error: 'x-dlq-error',
  attempts: 'x-dlq-attempts',
  group: 'x-dlq-consumer-group',
  failedAt: 'x-dlq-failed-at',
} as const;

/** A message's headers without earlier retry bookkeeping, first value of each. */
export function passThroughHeaders(message: KafkaMessage): Record<string, string | Buffer> {
  const out: Record<string, string | Buffer> = {};
  const internal = new Set<string>(Object.values(RETRY_HEADERS));
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && !internal.has(name)) out[name] = first;
  }
  return out;
}

/** The original headers (without earlier retry bookkeeping) plus where the message came from. */
export function originHeaders(
  message: KafkaMessage,
  origin: { topic: string; partition: number; offset: string },
): Record<string, string | Buffer> {
  return {
    ...passThroughHeaders(message),
    [RETRY_HEADERS.originalTopic]: origin.topic,
    [RETRY_HEADERS.originalPartition]: String(origin.partition),
    [RETRY_HEADERS.originalOffset]: origin.offset,
  };
}

/**
 * The lanes of a batch in the order they start: agencies (the ce_agency header of a lane's first
 * record) take turns, each agency's lanes in batch order, so another agency's single event in a
 * batch of one agency's bulk starts among the first lanes, not the last.
 */
export function agenciesInTurn<T extends { message: KafkaMessage }>(
  lanes: Map<string, T[]>,
): T[][] {
  const queue = new FairQueue<T[]>();
  for (const [key, lane] of lanes) {
    queue.push(headerValue(lane[0].message.headers, CE_HEADERS.agency) ?? '', key, lane);
  }
  const ordered: T[][] = [];
  for (let next = queue.shift(); next; next = queue.shift()) ordered.push(next[1]);
  return ordered;
}
