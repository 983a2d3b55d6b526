export interface RetryPolicy {
  /** Attempts in all, the first delivery included, before the dead-letter topic. */
  maxAttempts: number;
  /** Wait before each retry, in ms; the last value repeats. */
  backoffMs: number[];
}

export interface MessagingOptions {
  /** e.g. `evaluation`; names the retry topic and the CloudEvents source. */
  serviceName: string;
  brokers: string[];
  clientId: string;
  /** Used exactly as given (no `-server` suffix, unlike the stock Nest Kafka transport). */
  groupId: string;
  retry?: RetryPolicy;
  /** Outbox relay: how often to look for pending events when not woken, and the claim lease. */
  /** batchSize: aggregates claimed and published per cycle (one Kafka request). */
  relay?: { pollMs?: number; leaseMs?: number; enabled?: boolean; batchSize?: number };
  /** Collections of aggregates that carry an outbox (see @jenjang/persistence outboxSchemaFields). */
  outboxCollections?: string[];
  /** Inbox records live this long: longer than any topic's retention (public: 90 days). */
  inboxTtlSeconds?: number;
  /** Ask the broker for metadata at most this long in a readiness probe. */
  readinessTimeoutMs?: number;
  sessionTimeoutMs?: number;
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
