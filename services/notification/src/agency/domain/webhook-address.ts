import type { NotificationConfig } from '../../config/notification.config';
// Where a webhook may point. An agency admin chooses the URL and the service calls it, so a URL
// naming this service's own network (the store, the broker, a cloud metadata endpoint) would turn
// the webhook into a way to reach it (SSRF). Checked when the URL is saved and again, on the
// resolved address, when a notice is sent.

export type AddressKind =
  | 'PUBLIC'
  | 'LOOPBACK'
  | 'PRIVATE'
  | 'LINK_LOCAL'
  | 'UNIQUE_LOCAL'
  | 'METADATA'
  | 'UNSPECIFIED'
  | 'IPV4_MAPPED'
  | 'RESERVED'
  | 'NOT_AN_ADDRESS';

type Range = readonly [prefix: readonly number[], bits: number, kind: AddressKind];

// Most specific first: the metadata addresses sit inside link-local, CGNAT and unique-local.
const V4_RANGES: readonly Range[] = [
  [[169, 254, 169, 254], 32, 'METADATA'], // AWS, GCP, Azure, OpenStack
  [[100, 100, 100, 200], 32, 'METADATA'], // Alibaba Cloud
  [[0, 0, 0, 0], 8, 'UNSPECIFIED'], // "this network", 0.0.0.0
  [[127, 0, 0, 0], 8, 'LOOPBACK'],
  [[10, 0, 0, 0], 8, 'PRIVATE'],
  [[172, 16, 0, 0], 12, 'PRIVATE'],
  [[192, 168, 0, 0], 16, 'PRIVATE'],
  [[100, 64, 0, 0], 10, 'PRIVATE'], // carrier-grade NAT, shared address space
  [[169, 254, 0, 0], 16, 'LINK_LOCAL'],
  [[192, 0, 0, 0], 24, 'RESERVED'], // IETF protocol assignments
  [[192, 0, 2, 0], 24, 'RESERVED'], // documentation
  [[198, 18, 0, 0], 15, 'RESERVED'], // benchmarking
  [[198, 51, 100, 0], 24, 'RESERVED'],
  [[203, 0, 113, 0], 24, 'RESERVED'],
  [[224, 0, 0, 0], 4, 'RESERVED'], // multicast
  [[240, 0, 0, 0], 4, 'RESERVED'], // reserved and broadcast
];

const V6_RANGES: readonly Range[] = [
  [[0xfd, 0x00, 0x0e, 0xc2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x02, 0x54], 128, 'METADATA'], // AWS
  [[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], 128, 'LOOPBACK'],
  [[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 128, 'UNSPECIFIED'],
  [[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff], 96, 'IPV4_MAPPED'],
  [[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 96, 'RESERVED'], // IPv4-compatible (deprecated)
  [[0xfc], 7, 'UNIQUE_LOCAL'],
  [[0xfe, 0x80], 10, 'LINK_LOCAL'],
  [[0xfe, 0xc0], 10, 'PRIVATE'], // site-local (deprecated)
  [[0xff], 8, 'RESERVED'], // multicast
  [[0x20, 0x01, 0x0d, 0xb8], 32, 'RESERVED'], // documentation
  [[0x01, 0, 0, 0, 0, 0, 0, 0], 64, 'RESERVED'], // discard-only
];

// IPv6 prefixes that carry an IPv4 address: the embedded one decides.
const NAT64 = [0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0]; // 64:ff9b::/96
const SIX_TO_FOUR = [0x20, 0x02]; // 2002::/16

function inRange(bytes: readonly number[], prefix: readonly number[], bits: number): boolean {
  for (let bit = 0; bit < bits; bit += 8) {
    const mask = bits - bit >= 8 ? 0xff : (0xff << (8 - (bits - bit))) & 0xff;
    if (((bytes[bit / 8] ?? 0) & mask) !== ((prefix[bit / 8] ?? 0) & mask)) return false;
  }
  return true;
}

/** Dotted-quad IPv4 (four decimal parts, as URL parsing and DNS give them). */
export function parseIpv4(text: string): number[] | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const bytes = parts.map((p) => (/^\d{1,3}$/.test(p) ? Number(p) : NaN));
  return bytes.every((b) => b >= 0 && b <= 255) ? bytes : null;
}

/** IPv6 in any textual form (`::`, an IPv4 tail, a `%zone`, brackets) as 16 bytes. */
export function parseIpv6(text: string): number[] | null {
  let s = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  const zone = s.indexOf('%');
  if (zone >= 0) s = s.slice(0, zone);
  if (!s.includes(':')) return null;
  let tail: number[] = [];
  const lastColon = s.lastIndexOf(':');
  if (s.slice(lastColon + 1).includes('.')) {
    const v4 = parseIpv4(s.slice(lastColon + 1));
    if (!v4) return null;
    tail = v4;
    s = `${s.slice(0, lastColon + 1)}0:0`;
  }
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const groupsOf = (h: string) => (h === '' ? [] : h.split(':'));
  const head = groupsOf(halves[0]);
  const rest = halves.length === 2 ? groupsOf(halves[1]) : [];
  const missing = 8 - head.length - rest.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...rest];
  const bytes: number[] = [];
  for (const g of groups) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return null;
    const n = parseInt(g, 16);
    bytes.push(n >> 8, n & 0xff);
  }
  if (tail.length === 4) bytes.splice(12, 4, ...tail);
  return bytes;
}

function v4Kind(bytes: readonly number[]): AddressKind {
  return V4_RANGES.find(([prefix, bits]) => inRange(bytes, prefix, bits))?.[2] ?? 'PUBLIC';
}

/** What kind of address an IP literal is; anything but PUBLIC is refused as a webhook target. */
export function addressKind(ip: string): AddressKind {
  const v4 = parseIpv4(ip);
  if (v4) return v4Kind(v4);
  const v6 = parseIpv6(ip);
  if (!v6) return 'NOT_AN_ADDRESS';
  const kind = V6_RANGES.find(([prefix, bits]) => inRange(v6, prefix, bits))?.[2];
  if (kind) return kind;
  if (inRange(v6, NAT64, 96)) return v4Kind(v6.slice(12));
  if (inRange(v6, SIX_TO_FOUR, 16)) return v4Kind(v6.slice(2, 6));
  return 'PUBLIC';
}

export interface WebhookPolicy {
  /** NODE_ENV=production: https only, loopback never. */
  readonly production: boolean;
  /** Tests and local development only: a receiver on this machine (127.0.0.0/8, ::1). */
  readonly allowLoopback: boolean;
}

/** Whether a resolved address may be called. */
export function addressAllowed(ip: string, policy: WebhookPolicy): boolean {
  const kind = addressKind(ip);
  if (kind === 'PUBLIC') return true;
  return kind === 'LOOPBACK' && policy.allowLoopback && !policy.production;
}

export type WebhookUrlRefusal = 'NOT_A_URL' | 'SCHEME' | 'CREDENTIALS' | 'ADDRESS';

// Names that mean this machine or a cloud's internal network whatever DNS says.
const LOCAL_NAME = /(^|\.)(localhost|local|internal|localdomain)\.?$/i;

/**
 * The checks that need no DNS, for saving a URL (and repeated before each send): the scheme,
 * no user:password part, and a literal address or a local name refused. A name is checked on
 * its resolved addresses when the notice is sent.
 */
export function webhookUrlRefusal(url: string, policy: WebhookPolicy): WebhookUrlRefusal | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'NOT_A_URL';
  }
  const allowed = policy.production ? ['https:'] : ['https:', 'http:'];
  if (!allowed.includes(parsed.protocol)) return 'SCHEME';
  if (parsed.username || parsed.password) return 'CREDENTIALS';
  // URL parsing already turned 0x7f.1, 2130706433 and the like into dotted quads.
  const host = parsed.hostname;
  if (parseIpv4(host) || parseIpv6(host)) return addressAllowed(host, policy) ? null : 'ADDRESS';
  if (LOCAL_NAME.test(host)) {
    return policy.allowLoopback && !policy.production && /^localhost\.?$/i.test(host)
      ? null
      : 'ADDRESS';
  }
  return null;
}

/** The policy a deployment's configuration sets: strict in production, loopback on request. */
export function webhookPolicy(
  config: Pick<NotificationConfig, 'NODE_ENV' | 'WEBHOOK_ALLOW_LOOPBACK'>,
): WebhookPolicy {
  return {
    production: config.NODE_ENV === 'production',
    allowLoopback: config.WEBHOOK_ALLOW_LOOPBACK,
  };
}
