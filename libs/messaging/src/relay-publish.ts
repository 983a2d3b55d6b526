import { CE_HEADERS } from '@jenjang/contracts';
import type { OutboxEntry } from '@jenjang/persistence';
import type { EventPublisher } from './event-publisher';
import { messagingMetrics } from './metrics';
import { contextFrom, currentTraceHeaders, inSpan, SpanKind } from './tracing';

/**
 * Publishes outbox entries in one request, in their order. A batch keeps each entry's staged
 * trace headers, so consumers continue the trace of the request that staged it; a single entry
 * gets its own producer span.
 */
export async function publishEntries(
  publisher: EventPublisher,
  entries: OutboxEntry[],
): Promise<void> {
  if (entries.length === 1) return publishOne(publisher, entries[0]);
  await publisher.sendAll(
    entries.map((entry) => ({
      topic: entry.topic,
      key: entry.key,
      value: entry.payload,
      headers: entry.headers,
    })),
  );
  for (const entry of entries) messagingMetrics.outboxPublished.inc({ topic: entry.topic });
}

async function publishOne(publisher: EventPublisher, entry: OutboxEntry): Promise<void> {
  const parent = contextFrom(
    entry.headers[CE_HEADERS.traceparent],
    entry.headers[CE_HEADERS.tracestate],
  );
  await inSpan(
    `${entry.topic} publish`,
    SpanKind.PRODUCER,
    parent,
    {
      'messaging.system': 'kafka',
      'messaging.destination.name': entry.topic,
      'messaging.message.id': entry.id,
    },
    async () => {
      const trace = currentTraceHeaders();
      const headers = { ...entry.headers };
      if (trace.traceparent) {
        headers[CE_HEADERS.traceparent] = trace.traceparent;
        headers.traceparent = trace.traceparent;
      }
      await publisher.send({
        topic: entry.topic,
        key: entry.key,
        value: entry.payload,
        headers,
      });
      messagingMetrics.outboxPublished.inc({ topic: entry.topic });
    },
  );
}
