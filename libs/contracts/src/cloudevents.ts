// CloudEvents 1.0 in Kafka binary content mode: the data is the record value, the attributes
// travel as `ce_*` headers. `ce_id` is the deduplication key for every consumer.
export const CE_SPEC_VERSION = '1.0';

export const CE_HEADERS = {
  specversion: 'ce_specversion',
  id: 'ce_id',
  source: 'ce_source',
  type: 'ce_type',
  time: 'ce_time',
  subject: 'ce_subject',
  dataschema: 'ce_dataschema',
  /** Extension attribute: the agency (instansi) the event belongs to; the tenant key. */
  agency: 'ce_agency',
  /** Extension attribute (CloudEvents distributed tracing): W3C trace context. */
  traceparent: 'ce_traceparent',
  tracestate: 'ce_tracestate',
  contentType: 'content-type',
} as const;

export const CONTENT_TYPE_JSON = 'application/json';

/** The attributes of one event, independent of the transport. */
export interface EventAttributes {
  /** Unique event id (UUID); consumers deduplicate on it. */
  id: string;
  /** URI-reference of the producer, e.g. `/jenjang/evaluation`. */
  source: string;
  /** Reverse-DNS event type, e.g. `id.go.jenjang.evaluation.appraisal-finalized.v1`. */
  type: string;
  /** RFC 3339 time the fact happened. */
  time: string;
  /** The employee id the event is about; also the Kafka key (per-employee ordering). */
  subject: string;
  /** The agency (tenant) the event belongs to. */
  agency: string;
  dataschema?: string;
  traceparent?: string;
  tracestate?: string;
}

/** An event as producers hand it over and consumers receive it. */
export interface EventEnvelope<T = unknown> extends EventAttributes {
  topic: string;
  data: T;
}

export function toKafkaHeaders(attrs: EventAttributes): Record<string, string> {
  const headers: Record<string, string> = {
    [CE_HEADERS.specversion]: CE_SPEC_VERSION,
    [CE_HEADERS.id]: attrs.id,
    [CE_HEADERS.source]: attrs.source,
    [CE_HEADERS.type]: attrs.type,
    [CE_HEADERS.time]: attrs.time,
    [CE_HEADERS.subject]: attrs.subject,
    [CE_HEADERS.agency]: attrs.agency,
    [CE_HEADERS.contentType]: CONTENT_TYPE_JSON,
  };
  if (attrs.dataschema) headers[CE_HEADERS.dataschema] = attrs.dataschema;
  if (attrs.traceparent) headers[CE_HEADERS.traceparent] = attrs.traceparent;
  if (attrs.tracestate) headers[CE_HEADERS.tracestate] = attrs.tracestate;
  return headers;
}

export type RawHeaders = Record<string, Buffer | string | (Buffer | string)[] | undefined>;

export function headerValue(headers: RawHeaders | undefined, name: string): string | undefined {
  const raw = headers?.[name];
  const first = Array.isArray(raw) ? raw[0] : raw;
  return first === undefined ? undefined : first.toString();
}

/** Reads the CloudEvents attributes from Kafka headers; names what is missing. */
export function fromKafkaHeaders(
  headers: RawHeaders | undefined,
): { ok: true; attributes: EventAttributes } | { ok: false; missing: string[] } {
  const required = ['id', 'source', 'type', 'time', 'subject', 'agency'] as const;
  const missing: (keyof typeof CE_HEADERS)[] = required.filter(
    (k) => !headerValue(headers, CE_HEADERS[k]),
  );
  const specversion = headerValue(headers, CE_HEADERS.specversion);
  if (specversion !== CE_SPEC_VERSION) missing.push('specversion');
  if (missing.length > 0) return { ok: false, missing: missing.map((k) => CE_HEADERS[k]) };
  const get = (k: keyof typeof CE_HEADERS): string => headerValue(headers, CE_HEADERS[k]) ?? '';
  return {
    ok: true,
    attributes: {
      id: get('id'),
      source: get('source'),
      type: get('type'),
      time: get('time'),
      subject: get('subject'),
      agency: get('agency'),
      dataschema: headerValue(headers, CE_HEADERS.dataschema),
      traceparent: headerValue(headers, CE_HEADERS.traceparent),
      tracestate: headerValue(headers, CE_HEADERS.tracestate),
    },
  };
}
