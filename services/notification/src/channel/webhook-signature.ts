import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * `X-Jenjang-Signature: sha256=<hex>` over `<timestamp>.<body>`: the receiver recomputes it with
 * the shared secret and refuses old timestamps, so a captured request cannot be replayed later.
 */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export function verifyWebhook(
  secret: string,
  timestamp: string,
  body: string,
  signature: string,
): boolean {
  const expected = Buffer.from(signWebhook(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
