import type { RetryPolicy } from './messaging.options';

// A record on a retry topic carries its own schedule and origin in headers. Only the group's own
// consumer should write there (see docs/security.md, ACLs), but a header is not a signature: the
// consumer bounds what a record can make it do.

/** Clock skew and publish latency tolerated above the policy's longest backoff. */
export const NOT_BEFORE_MARGIN_MS = 60_000;

/**
 * When a retry record is due. A record asking to wait longer than the retry policy ever does
 * (its longest backoff plus a margin) would hold the partition's consumer: it is due now, and
 * `capped` says so for a warning. No header, or one that is not a number, is due now too.
 */
export function retryDueAt(
  notBefore: string | undefined,
  policy: RetryPolicy,
  now: number,
): { dueAt: number; capped: boolean } {
  const asked = Number(notBefore ?? 0);
  if (Number.isNaN(asked)) return { dueAt: now, capped: false };
  const latest = now + Math.max(0, ...policy.backoffMs) + NOT_BEFORE_MARGIN_MS;
  return asked > latest ? { dueAt: now, capped: true } : { dueAt: asked, capped: false };
}

/**
 * The attempt a retry record claims, within what the policy allows: a redrive starts again at 1
 * and no value makes the event retry beyond `maxAttempts`.
 */
export function retryAttempt(header: string | undefined, policy: RetryPolicy): number {
  const attempt = Number(header ?? '2');
  if (!Number.isInteger(attempt) || attempt < 1) return 1;
  return Math.min(attempt, policy.maxAttempts);
}
