/** Tuning for every @Idempotent() route of the app; see IdempotencyModule. */
export interface IdempotencyModuleOptions {
  /** How long an answer is kept for retries; default 24 hours. */
  readonly ttlSeconds?: number;
  /**
   * How long a first request may run before a retry may take its key over (the first is then
   * presumed dead, e.g. the process crashed); default 60 seconds. Keep it well above the
   * slowest handler: a takeover while the first still runs would apply the effect twice.
   */
  readonly lockTimeoutSeconds?: number;
}

/** What one route asks for. */
export interface IdempotentOptions {
  /** Answer 400 when the header is absent (the draft lets a resource require it); default false. */
  readonly required?: boolean;
}

export const IDEMPOTENCY_OPTIONS = Symbol('IDEMPOTENCY_OPTIONS');
export const IDEMPOTENT_KEY = 'jenjang:idempotent';
export const IDEMPOTENT_REPLAYED_HEADER = 'Idempotent-Replayed';
export const DEFAULT_IDEMPOTENCY_TTL_SECONDS = 24 * 3600;
export const DEFAULT_IDEMPOTENCY_LOCK_SECONDS = 60;
