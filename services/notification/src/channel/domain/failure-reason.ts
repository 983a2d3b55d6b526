/**
 * Why a notice could not be sent, as the delivery (admin API) and the public `failed` event say
 * it: a fixed code, never the SMTP server's or the webhook receiver's own text (it may quote
 * addresses, internal host names or another system's answer). The raw text goes to the log only.
 */
export const FAILURE_REASONS = {
  EMAIL_NO_ADDRESS: 'EMAIL_NO_ADDRESS',
  /** The mail server refused for good (5xx: no such mailbox, policy). */
  EMAIL_REJECTED: 'EMAIL_REJECTED',
  /** The mail server asked to try later (4xx: mailbox busy, greylisting). */
  EMAIL_DEFERRED: 'EMAIL_DEFERRED',
  EMAIL_TIMEOUT: 'EMAIL_TIMEOUT',
  EMAIL_UNREACHABLE: 'EMAIL_UNREACHABLE',
  EMAIL_AUTH_FAILED: 'EMAIL_AUTH_FAILED',
  WEBHOOK_DISABLED: 'WEBHOOK_DISABLED',
  WEBHOOK_ADDRESS_NOT_ALLOWED: 'WEBHOOK_ADDRESS_NOT_ALLOWED',
  WEBHOOK_REDIRECT: 'WEBHOOK_REDIRECT',
  WEBHOOK_NOT_ACCEPTED: 'WEBHOOK_NOT_ACCEPTED',
  WEBHOOK_TIMEOUT: 'WEBHOOK_TIMEOUT',
  WEBHOOK_UNREACHABLE: 'WEBHOOK_UNREACHABLE',
  CHANNEL_UNAVAILABLE: 'CHANNEL_UNAVAILABLE',
  /** Anything else: the log has the detail. */
  CHANNEL_ERROR: 'CHANNEL_ERROR',
} as const;

export type FailureReason = (typeof FAILURE_REASONS)[keyof typeof FAILURE_REASONS];

const KNOWN = new Set<string>(Object.values(FAILURE_REASONS));

const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'ESOCKETTIMEDOUT', 'ETIMEOUT']);
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNECTION',
  'ESOCKET',
  'EDNS',
]);

/** The fixed code for an error a channel threw (an SMTP error, a coded error, anything). */
export function failureReasonOf(error: unknown): FailureReason {
  const e = (error ?? {}) as { message?: unknown; responseCode?: unknown; code?: unknown };
  const message = typeof e.message === 'string' ? e.message : '';
  if (KNOWN.has(message)) return message as FailureReason;
  if (typeof e.responseCode === 'number') {
    if (e.responseCode >= 500) return FAILURE_REASONS.EMAIL_REJECTED;
    if (e.responseCode >= 400) return FAILURE_REASONS.EMAIL_DEFERRED;
  }
  const code = typeof e.code === 'string' ? e.code : '';
  if (code === 'EAUTH') return FAILURE_REASONS.EMAIL_AUTH_FAILED;
  if (TIMEOUT_CODES.has(code)) return FAILURE_REASONS.EMAIL_TIMEOUT;
  if (UNREACHABLE_CODES.has(code)) return FAILURE_REASONS.EMAIL_UNREACHABLE;
  return FAILURE_REASONS.CHANNEL_ERROR;
}
