import { createHmac } from 'node:crypto';
import { signWebhook, verifyWebhook } from './webhook-signature';

describe(signWebhook.name, () => {
  it('should sign timestamp and body with HMAC-SHA256, as a receiver recomputes it', () => {
    const expected = createHmac('sha256', 's3cret').update('1700000000.{"a":1}').digest('hex');

    expect(signWebhook('s3cret', '1700000000', '{"a":1}')).toBe(`sha256=${expected}`);
    expect(verifyWebhook('s3cret', '1700000000', '{"a":1}', `sha256=${expected}`)).toBe(true);
    expect(verifyWebhook('s3cret', '1700000000', '{"a":2}', `sha256=${expected}`)).toBe(false);
  });
});
