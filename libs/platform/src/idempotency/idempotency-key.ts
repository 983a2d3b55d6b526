import { createHash } from 'node:crypto';
import { IdempotencyKeyInvalidError } from './idempotency-errors';

const MAX_KEY_LENGTH = 255;
const PRINTABLE = /^[\x20-\x7e]+$/;

/**
 * The key from the header value, or undefined when the header is absent. The draft defines the
 * field as a Structured Field String (`"..."`); bare tokens, which most clients send, are
 * accepted too. Throws IdempotencyKeyInvalidError for anything else.
 */
export function parseIdempotencyKey(header: string | string[] | undefined): string | undefined {
  if (header === undefined) return undefined;
  if (Array.isArray(header)) {
    if (header.length !== 1) throw new IdempotencyKeyInvalidError();
    return parseIdempotencyKey(header[0]);
  }
  const raw = header.trim();
  const key = raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"') ? unquote(raw) : raw;
  if (key.trim().length === 0 || key.length > MAX_KEY_LENGTH || !PRINTABLE.test(key)) {
    throw new IdempotencyKeyInvalidError();
  }
  return key;
}

// RFC 8941 sf-string: only \" and \\ are escapes; a bare quote inside is malformed.
function unquote(quoted: string): string {
  const inner = quoted.slice(1, -1);
  if (!/^(?:[^"\\]|\\["\\])*$/.test(inner)) throw new IdempotencyKeyInvalidError();
  return inner.replace(/\\(["\\])/g, '$1');
}

export interface IdempotencyScope {
  readonly agencyId: string;
  readonly subject: string;
  readonly method: string;
  /** The request path without the query string (`/api/v1/skp/abc/submit`). */
  readonly path: string;
  readonly key: string;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The record id: a key only means something for one caller and one resource. */
export function idempotencyRecordId(scope: IdempotencyScope): string {
  return sha256(
    JSON.stringify([
      scope.agencyId,
      scope.subject,
      scope.method.toUpperCase(),
      scope.path,
      scope.key,
    ]),
  );
}

// JSON with object keys sorted, so that key order does not change the fingerprint.
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** What makes two requests "the same": the parsed body and query, key order ignored. */
export function requestFingerprint(body: unknown, query: unknown): string {
  return sha256(canonical({ body: body ?? null, query: query ?? {} }));
}
