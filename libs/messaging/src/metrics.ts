import { Counter, Gauge, Histogram, register } from 'prom-client';

// Get-or-create: a second module instance (tests, hot reload) must not crash on registration.
function metric<T>(name: string, make: () => T): T {
  return (register.getSingleMetric(name) as T | undefined) ?? make();
}

export const messagingMetrics = {
  kafkaRequests: metric(
    'jenjang_kafka_requests_total',
    () =>
      new Counter({
        name: 'jenjang_kafka_requests_total',
        help: 'Requests sent to the Kafka brokers, by client kind and API',
        labelNames: ['client', 'api'],
      }),
  ),
  handlerDuration: metric(
    'jenjang_event_handler_duration_seconds',
    () =>
      new Histogram({
        name: 'jenjang_event_handler_duration_seconds',
        help: 'Time spent in an event handler',
        labelNames: ['topic', 'group', 'outcome'],
        buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      }),
  ),
  retried: metric(
    'jenjang_events_retried_total',
    () =>
      new Counter({
        name: 'jenjang_events_retried_total',
        help: 'Events sent to the retry topic after a handler failed',
        labelNames: ['topic', 'group'],
      }),
  ),
  deadLettered: metric(
    'jenjang_events_dead_lettered_total',
    () =>
      new Counter({
        name: 'jenjang_events_dead_lettered_total',
        help: 'Events sent to a dead-letter topic',
        labelNames: ['topic', 'group', 'reason'],
      }),
  ),
  duplicates: metric(
    'jenjang_events_duplicate_total',
    () =>
      new Counter({
        name: 'jenjang_events_duplicate_total',
        help: 'Redelivered events skipped by the inbox',
        labelNames: ['topic', 'group'],
      }),
  ),
  consumerLag: metric(
    'jenjang_consumer_lag_messages',
    () =>
      new Gauge({
        name: 'jenjang_consumer_lag_messages',
        help: 'Messages between the last processed offset and the high watermark',
        labelNames: ['topic', 'partition', 'group'],
      }),
  ),
  outboxBacklog: metric(
    'jenjang_outbox_backlog_documents',
    () =>
      new Gauge({
        name: 'jenjang_outbox_backlog_documents',
        help: 'Aggregates with events not yet published',
        labelNames: ['collection'],
      }),
  ),
  outboxOldestAge: metric(
    'jenjang_outbox_oldest_age_seconds',
    () =>
      new Gauge({
        name: 'jenjang_outbox_oldest_age_seconds',
        help: 'Age of the oldest event not yet published (0 when none waits)',
        labelNames: ['collection'],
      }),
  ),
  paceLag: metric(
    'jenjang_outbox_pace_lag_messages',
    () =>
      new Gauge({
        name: 'jenjang_outbox_pace_lag_messages',
        help: 'Events the furthest-behind paced consumer group had not committed, as the outbox relay last read it',
      }),
  ),
  outboxPublished: metric(
    'jenjang_outbox_published_total',
    () =>
      new Counter({
        name: 'jenjang_outbox_published_total',
        help: 'Events published by the outbox relay',
        labelNames: ['topic'],
      }),
  ),
  outboxDocuments: metric(
    'jenjang_outbox_documents_total',
    () =>
      new Counter({
        name: 'jenjang_outbox_documents_total',
        help:
          'Aggregates whose events the outbox relay published, by how it learnt them: told (by the ' +
          'write, in process) or claimed (leased and read from the store)',
        labelNames: ['collection', 'how'],
      }),
  ),
};
