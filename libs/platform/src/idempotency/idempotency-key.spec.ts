import { IdempotencyKeyInvalidError } from './idempotency-errors';
import { idempotencyRecordId, parseIdempotencyKey, requestFingerprint } from './idempotency-key';

describe(parseIdempotencyKey.name, () => {
  it('should accept a bare key and a quoted sf-string key when they are printable', () => {
    expect(parseIdempotencyKey('8e03978e-40d5-43e8-bc93-6894a57f9324')).toBe(
      '8e03978e-40d5-43e8-bc93-6894a57f9324',
    );
    expect(parseIdempotencyKey('"abc \\"x\\" \\\\ y"')).toBe('abc "x" \\ y');
  });

  it('should answer undefined when the header is absent', () => {
    expect(parseIdempotencyKey(undefined)).toBeUndefined();
  });

  it.each([
    ['empty', ''],
    ['blank', '   '],
    ['empty quoted', '""'],
    ['too long', 'k'.repeat(256)],
    ['control character', 'abc\u0007'],
    ['non-ASCII', 'kunci-ü'],
    ['bad escape in a quoted key', '"a\\nb"'],
  ])('should refuse a %s key', (_name, value) => {
    expect(() => parseIdempotencyKey(value)).toThrow(IdempotencyKeyInvalidError);
  });

  it('should accept exactly 255 characters and refuse two header values', () => {
    expect(parseIdempotencyKey('k'.repeat(255))).toHaveLength(255);
    expect(() => parseIdempotencyKey(['a', 'b'])).toThrow(IdempotencyKeyInvalidError);
  });
});

describe(idempotencyRecordId.name, () => {
  const base = { agencyId: 'AG1', subject: 'u1', method: 'POST', path: '/api/v1/x', key: 'k' };

  it('should differ when any part of the scope differs', () => {
    const ids = new Set([
      idempotencyRecordId(base),
      idempotencyRecordId({ ...base, agencyId: 'AG2' }),
      idempotencyRecordId({ ...base, subject: 'u2' }),
      idempotencyRecordId({ ...base, method: 'PATCH' }),
      idempotencyRecordId({ ...base, path: '/api/v1/y' }),
      idempotencyRecordId({ ...base, key: 'k2' }),
      // No delimiter ambiguity between neighbouring parts.
      idempotencyRecordId({ ...base, subject: 'u1/api', path: '/v1/x' }),
    ]);
    expect(ids.size).toBe(7);
  });
});

describe(requestFingerprint.name, () => {
  it('should ignore the order of object keys', () => {
    expect(requestFingerprint({ a: 1, b: { c: [1, 2], d: 'x' } }, {})).toBe(
      requestFingerprint({ b: { d: 'x', c: [1, 2] }, a: 1 }, {}),
    );
  });

  it('should differ when a value, an array order or the query differs', () => {
    const first = requestFingerprint({ a: [1, 2] }, { q: '1' });

    expect(requestFingerprint({ a: [2, 1] }, { q: '1' })).not.toBe(first);
    expect(requestFingerprint({ a: [1, 2] }, { q: '2' })).not.toBe(first);
  });
});
