/** When to try again after `attempts` failed attempts; null when the retries are exhausted. */
export function nextAttemptAt(
  attempts: number,
  backoffMs: readonly number[],
  now: Date,
): Date | null {
  if (attempts > backoffMs.length) return null;
  return new Date(now.getTime() + backoffMs[attempts - 1]);
}

const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;
const URL_LIKE = /\b(https?:\/\/|www\.)\S+/gi;
const PHONE = /\+?\d[\d\s-]{7,}\d/g;

/**
 * A channel error as it may be shown to admins and put in a public event: without addresses,
 * links or phone numbers, one line, at most 500 characters.
 */
export function redactReason(message: string): string {
  const text = message
    .replace(EMAIL, '<address>')
    .replace(URL_LIKE, '<url>')
    .replace(PHONE, '<number>')
    .replace(/\s+/g, ' ')
    .trim();
  return (text || 'unknown error').slice(0, 500);
}
