export interface RetryPolicy {
  /** Attempts in all, the first delivery included, before the dead-letter topic. */
  maxAttempts: number;
  /** Wait before each retry, in ms; the last value repeats. */
  backoffMs: number[];
}

/** How a Kafka client authenticates and protects its connections (see docs/security.md). */
export interface KafkaSecurity {
  /** TLS to the brokers; `ca` (PEM) replaces the system CAs, e.g. with the cluster's own CA. */
  readonly ssl?: { readonly ca?: string };
  /** SASL authentication; the password itself, already read from its file if it came from one. */
  readonly sasl?: {
    readonly mechanism: 'scram-sha-256' | 'scram-sha-512' | 'plain';
    readonly username: string;
    readonly password: string;
  };
}

/**
 * Backpressure for a bulk (a year-end import): an agency with more than `smallQueue` documents
 * waiting gets only the room left under `maxLag` events not yet committed by the furthest-behind
 * of the consumer groups `groups` (as last read, plus what the relay published since); agencies
 * with fewer go out at once. One agency's thousands of events then never stand in the topics
 * before another agency's few: at most about `maxLag` of them, in any group.
 */
export interface RelayPace {
  groups: string[];
  /** The most events any one of `groups` may have to consume before a new one. */
  maxLag: number;
  /** How often the lag is read from the brokers while a backlog waits (default 250 ms). */
  checkMs?: number;
  /** An agency with at most this many documents waiting is never held back (default 10). */
  smallQueue?: number;
}

export interface MessagingOptions {
  /** e.g. `evaluation`; names the retry topic and the CloudEvents source. */
  serviceName: string;
  brokers: string[];
  clientId: string;
  /** SASL and TLS for every client this module makes (consumer, producer, health admin). */
  security?: KafkaSecurity;
  /** Used exactly as given (no `-server` suffix, unlike the stock Nest Kafka transport). */
  groupId: string;
  retry?: RetryPolicy;
  /** Outbox relay (see OutboxRelay). */
  relay?: {
    /**
     * How often the recovery sweep scans for pending events no signal announced (default 1 min;
     * less often when its scans are slow: at most 0.5 % of the time, at least every 10 min; also
     * at start, once a lease after start, and when held events are released).
     */
    sweepMs?: number;
    /** How long a claim holds its documents (default 30 s). */
    leaseMs?: number;
    enabled?: boolean;
    /** Aggregates claimed and published per cycle, in one Kafka request (default 250). */
    batchSize?: number;
    /**
     * How long a signalled document may wait for others to be published with it, in one Kafka
     * request and one store write (default 20 ms; 0 publishes at once).
     */
    lingerMs?: number;
    /** Publish an agency's backlog only as fast as the platform consumes it (see OutboxRelay). */
    pace?: RelayPace;
  };
  /** Collections of aggregates that carry an outbox (see @jenjang/persistence outboxSchemaFields). */
  outboxCollections?: string[];
  /** Inbox records live this long: longer than any topic's retention (public: 90 days). */
  inboxTtlSeconds?: number;
  /** Ask the broker for metadata at most this long in a readiness probe. */
  readinessTimeoutMs?: number;
  sessionTimeoutMs?: number;
  /** Partitions handled at once by one consumer (default 3). */
  partitionsConcurrently?: number;
  /** Events of different keys handled at once within one partition's batch (default 32). */
  handlerConcurrency?: number;
  /** Longest wait of an idle fetch at the broker, in ms (default 1,000): bounds shutdown. */
  fetchMaxWaitMs?: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 4, backoffMs: [1_000, 5_000, 15_000] };

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');

export const sourceOf = (serviceName: string): string => `/jenjang/${serviceName}`;

export function backoffFor(policy: RetryPolicy, attempt: number): number {
  const { backoffMs } = policy;
  return backoffMs[Math.min(attempt - 1, backoffMs.length - 1)] ?? 0;
}
