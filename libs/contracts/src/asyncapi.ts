import type { EventContract } from './define-event';
import { CE_HEADERS } from './cloudevents';
import { dlqTopic } from './topics';

const camel = (topic: string): string =>
  topic
    .replace(/^public\./, '')
    .split(/[.-]/)
    .map((part, i) => (i === 0 ? part : part.charAt(0).toUpperCase() + part.slice(1)))
    .join('');

// The `ce_*` headers every public message carries (CloudEvents binary mode).
const cloudEventHeaders = {
  type: 'object',
  required: [
    CE_HEADERS.specversion,
    CE_HEADERS.id,
    CE_HEADERS.source,
    CE_HEADERS.type,
    CE_HEADERS.time,
    CE_HEADERS.subject,
    CE_HEADERS.agency,
  ],
  properties: {
    [CE_HEADERS.specversion]: { type: 'string', const: '1.0' },
    [CE_HEADERS.id]: { type: 'string', description: 'Unique event id; deduplicate on it.' },
    [CE_HEADERS.source]: {
      type: 'string',
      description: 'Producing service, e.g. /jenjang/evaluation',
    },
    [CE_HEADERS.type]: { type: 'string', description: 'id.go.jenjang.<domain>.<event>.v<N>' },
    [CE_HEADERS.time]: { type: 'string', format: 'date-time' },
    [CE_HEADERS.subject]: { type: 'string', description: 'Employee id; equals the Kafka key.' },
    [CE_HEADERS.agency]: { type: 'string', description: 'Agency (instansi) id: the tenant.' },
    [CE_HEADERS.dataschema]: { type: 'string', format: 'uri' },
    [CE_HEADERS.traceparent]: { type: 'string', description: 'W3C trace context' },
    [CE_HEADERS.contentType]: { type: 'string', const: 'application/json' },
  },
};

export interface AsyncApiInfo {
  version: string;
  productionBrokers?: string;
}

/** Builds the AsyncAPI 3.0 document of the public event stream from the contracts. */
export function buildAsyncApi(
  contracts: EventContract[],
  info: AsyncApiInfo,
): Record<string, unknown> {
  const sorted = [...contracts].sort((a, b) => a.topic.localeCompare(b.topic));
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  for (const c of sorted) {
    const id = camel(c.topic);
    messages[id] = {
      name: c.type,
      title: c.summary,
      summary: c.summary,
      ...(c.description ? { description: c.description } : {}),
      contentType: 'application/json',
      headers: cloudEventHeaders,
      payload: { ...c.schema, $id: c.schemaId },
      examples: [{ name: 'example', payload: c.example }],
      bindings: {
        kafka: { key: { type: 'string', description: 'Employee id (per-employee ordering)' } },
      },
      ...(c.personalData?.length ? { 'x-personal-data': c.personalData } : {}),
    };
    channels[id] = {
      address: c.topic,
      description: `${c.summary}. Failed deliveries of a consumer land in ${dlqTopic(c.topic)}.`,
      messages: { [id]: { $ref: `#/components/messages/${id}` } },
    };
    operations[`publish${id.charAt(0).toUpperCase()}${id.slice(1)}`] = {
      action: 'send',
      summary: `Published by the ${c.producer} service`,
      channel: { $ref: `#/channels/${id}` },
      messages: [{ $ref: `#/channels/${id}/messages/${id}` }],
    };
  }
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Jenjang public event stream',
      version: info.version,
      description:
        'Events of the Jenjang ASN career platform, CloudEvents 1.0 in Kafka binary mode: ' +
        'the JSON payload is the record value, attributes are ce_* headers, the key is the employee id.',
    },
    defaultContentType: 'application/json',
    servers: {
      production: {
        host: info.productionBrokers ?? 'kafka-1:9092',
        protocol: 'kafka',
        description: 'Province Kafka cluster',
      },
      local: { host: '127.0.0.1:29092', protocol: 'kafka', description: 'npm run infra:up' },
    },
    channels,
    operations,
    components: { messages },
  };
}
