/**
 * Throw from a handler when retrying cannot help (the event contradicts the consumer's rules):
 * it goes to the dead-letter topic at once instead of after every retry.
 */
export class NonRetryableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'NonRetryableError';
  }
}

/** Why a message was dead-lettered; also the value of the `x-dlq-reason` header. */
export type DeadLetterReason =
  | 'not-a-cloudevent'
  | 'malformed-json'
  | 'schema-invalid'
  // ce_subject or ce_agency disagrees with the payload fields the contract declares.
  | 'envelope-mismatch'
  | 'no-handler'
  | 'non-retryable'
  | 'retries-exhausted'
  // A retry record naming a topic its consumer group does not consume (forged, or left over
  // from a topic the group no longer reads); it goes to `<group>.retry.dlq`.
  | 'forged-retry';
