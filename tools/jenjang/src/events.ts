import type { KafkaMessage } from 'kafkajs';
import { contractForTopic, fromKafkaHeaders, headerValue } from '@jenjang/contracts';

/** One record of a public topic as the CLI shows it. */
export interface ReadableEvent {
  topic: string;
  partition: number;
  offset: string;
  key: string;
  time: string;
  type: string;
  id: string;
  agency: string;
  data: unknown;
  /** Why the payload does not match its contract, if it does not. */
  invalid?: string;
  headers: Record<string, string>;
}

export function readEvent(topic: string, partition: number, message: KafkaMessage): ReadableEvent {
  const headers: Record<string, string> = {};
  for (const name of Object.keys(message.headers ?? {})) {
    const value = headerValue(message.headers, name);
    if (value !== undefined) headers[name] = value;
  }
  const attrs = fromKafkaHeaders(message.headers);
  let data: unknown;
  let invalid: string | undefined;
  try {
    data = JSON.parse(message.value?.toString() ?? 'null');
  } catch (error) {
    data = message.value?.toString();
    invalid = `not JSON: ${(error as Error).message}`;
  }
  const contract = contractForTopic(topic.replace(/\.dlq$/, ''));
  if (!invalid && contract) {
    const checked = contract.validate(data);
    if (!checked.ok) invalid = checked.errors.join('; ');
  }
  return {
    topic,
    partition,
    offset: message.offset,
    key: message.key?.toString() ?? '',
    time: attrs.ok ? attrs.attributes.time : new Date(Number(message.timestamp)).toISOString(),
    type: attrs.ok ? attrs.attributes.type : '(no ce_type)',
    id: attrs.ok ? attrs.attributes.id : '(no ce_id)',
    agency: attrs.ok ? attrs.attributes.agency : '',
    data,
    invalid,
    headers,
  };
}

// The fields that tell a person what happened, per event; the rest is in --json.
const HIGHLIGHTS = [
  'predikat',
  'ratingHasilKerja',
  'ratingPerilakuKerja',
  'status',
  'box',
  'previousBox',
  'programTitle',
  'jp',
  'jpEarned',
  'jpMissing',
  'channel',
  'type',
  'reason',
  'year',
];

function summary(data: unknown): string {
  if (!data || typeof data !== 'object') return String(data);
  const record = data as Record<string, unknown>;
  const parts: string[] = [];
  for (const field of HIGHLIGHTS) {
    const value = record[field];
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      parts.push(`${field}=${String(value)}`);
    }
  }
  for (const [field, value] of Object.entries(record)) {
    if (Array.isArray(value)) parts.push(`${field}[${value.length}]`);
  }
  return parts.join(' ');
}

/** `2026-11-23T10:00:00Z  appraisal-finalized.v1  emp-1  predikat=BAIK ...` */
export function formatEvent(event: ReadableEvent): string {
  const shortType = event.type.replace(/^id\.go\.jenjang\./, '');
  const flag = event.invalid ? `  !! INVALID: ${event.invalid}` : '';
  const dlq = event.headers['x-dlq-reason']
    ? `  [DLQ ${event.headers['x-dlq-reason']} by ${event.headers['x-dlq-consumer-group'] ?? '?'}: ${event.headers['x-dlq-error'] ?? ''}]`
    : '';
  return `${event.time}  ${shortType.padEnd(34)} ${event.key.padEnd(24)} ${event.agency.padEnd(16)} ${summary(event.data)}${dlq}${flag}`;
}
