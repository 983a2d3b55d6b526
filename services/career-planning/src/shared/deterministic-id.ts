import { createHash } from 'node:crypto';

// A UUID v5-shaped id from its parts: the same parts (a redelivered event, a re-run import)
// always give the same id, so a second write is a duplicate key rather than a second record.
const NAMESPACE = 'jenjang.career-planning';

export function deterministicId(...parts: string[]): string {
  const hex = createHash('sha1')
    .update([NAMESPACE, ...parts].join('\u0000'))
    .digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
