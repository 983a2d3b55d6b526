// Kafka answers some errors while a broker starts, a topic is being created or a group
// coordinator loads (not leader, leader not available, coordinator loading, ...). They are
// retriable: wait and ask again, within a bound, then say what is still not ready.

const RETRIABLE_TYPES = new Set([
  'NOT_LEADER_FOR_PARTITION',
  'NOT_LEADER_OR_FOLLOWER',
  'LEADER_NOT_AVAILABLE',
  'UNKNOWN_TOPIC_OR_PARTITION',
  'COORDINATOR_NOT_AVAILABLE',
  'COORDINATOR_LOAD_IN_PROGRESS',
  'NOT_COORDINATOR',
  'NOT_COORDINATOR_FOR_GROUP',
  'GROUP_COORDINATOR_NOT_AVAILABLE',
  'GROUP_LOAD_IN_PROGRESS',
  'REBALANCE_IN_PROGRESS',
  'REQUEST_TIMED_OUT',
  'NOT_ENOUGH_REPLICAS',
  'KAFKA_STORAGE_ERROR',
  'FENCED_LEADER_EPOCH',
  'UNKNOWN_LEADER_EPOCH',
  'OFFSET_NOT_AVAILABLE',
]);

const RETRIABLE_NAMES = /^KafkaJS(ConnectionError|NumberOfRetriesExceeded|RequestTimeoutError)$/;

interface ErrorLike {
  name?: string;
  type?: string;
  retriable?: boolean;
  cause?: unknown;
  originalError?: unknown;
  errors?: unknown[];
}

/** True for an error Kafka or kafkajs marks as retriable, looking through wrapped causes. */
export function isRetriableKafkaError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const e = error as ErrorLike;
  if (e.retriable === true || (e.type && RETRIABLE_TYPES.has(e.type))) return true;
  if (e.name && RETRIABLE_NAMES.test(e.name)) return true;
  if (Array.isArray(e.errors) && e.errors.some((x) => isRetriableKafkaError(x, depth + 1)))
    return true;
  return (
    isRetriableKafkaError(e.cause, depth + 1) || isRetriableKafkaError(e.originalError, depth + 1)
  );
}

export interface KafkaRetryOptions {
  /** Give up after this long (default 60 s). */
  timeoutMs?: number;
  /** First wait (default 100 ms); doubles up to `maxWaitMs` (default 2 s). */
  initialWaitMs?: number;
  maxWaitMs?: number;
}

/** Thrown when a retriable condition outlasts its bound; `what` names what was not ready. */
export class KafkaNotReadyError extends Error {
  readonly what: string;

  constructor(what: string, timeoutMs: number, cause: unknown) {
    const detail =
      cause instanceof Error
        ? `${(cause as ErrorLike).type ?? cause.name}: ${cause.message}`
        : String(cause);
    super(`${what}: still not ready after ${timeoutMs} ms (${detail})`, { cause });
    this.name = 'KafkaNotReadyError';
    this.what = what;
  }
}

/**
 * Runs `fn` until it resolves. Retriable Kafka errors are retried with an exponential backoff
 * until `timeoutMs`, then a KafkaNotReadyError names `what`; any other error is thrown at once.
 */
export async function withKafkaRetry<T>(
  what: string,
  fn: () => Promise<T>,
  options: KafkaRetryOptions = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const maxWait = options.maxWaitMs ?? 2_000;
  const deadline = Date.now() + timeoutMs;
  let wait = options.initialWaitMs ?? 100;
  for (;;) {
    try {
      return await fn();
    } catch (error) {
      if (!isRetriableKafkaError(error)) throw error;
      if (Date.now() + wait > deadline) throw new KafkaNotReadyError(what, timeoutMs, error);
      await new Promise((r) => setTimeout(r, wait));
      wait = Math.min(wait * 2, maxWait);
    }
  }
}
