#!/usr/bin/env node
// An analytics team's consumer of the Jenjang public events, as docs/analytics.md describes it.
// It knows nothing of the platform's code: only kafkajs, ajv and the published JSON Schemas
// (a directory of <topic>.schema.json files, or the URL of a service's /asyncapi/schemas).
//
//   node consume.mjs --brokers 127.0.0.1:29092 --group analytics.my-team \
//     --schemas ../../libs/contracts/published [--from-beginning | --from-time 2026-01-01] \
//     [--agency AG1] [--until-idle 5000] [--summary-json out.json]
//
// Prints one line per event (valid or why not) and, on exit, the counts per topic.
//
// A secured cluster: the same variables as the platform's services (docs/security.md), e.g.
//   KAFKA_SASL_MECHANISM=scram-sha-512 KAFKA_SASL_USERNAME=analytics-my-team \
//   KAFKA_SASL_PASSWORD_FILE=/run/secrets/kafka KAFKA_SSL=true KAFKA_SSL_CA_FILE=ca.pem
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { Kafka, logLevel } from 'kafkajs';

const { values: opts } = parseArgs({
  options: {
    brokers: { type: 'string', default: '127.0.0.1:29092' },
    group: { type: 'string' },
    schemas: { type: 'string' },
    'from-beginning': { type: 'boolean', default: false },
    'from-time': { type: 'string' },
    agency: { type: 'string' },
    'until-idle': { type: 'string' },
    'summary-json': { type: 'string' },
  },
});
if (!opts.group || !opts.schemas) {
  console.error('usage: consume.mjs --group <your-group> --schemas <dir|url> [options]');
  process.exit(2);
}

// 1. The published schemas, one per topic.
async function loadSchemas(from) {
  if (/^https?:/.test(from)) {
    const list = await (await fetch(from)).json();
    const base = new URL(from);
    return Promise.all(
      list.map(async ({ topic, schema }) => ({
        topic,
        schema: await (await fetch(new URL(schema, base))).json(),
      })),
    );
  }
  return readdirSync(from)
    .filter((f) => f.endsWith('.schema.json'))
    .map((f) => ({
      topic: f.replace(/\.schema\.json$/, ''),
      schema: JSON.parse(readFileSync(join(from, f), 'utf8')),
    }));
}
const schemas = await loadSchemas(opts.schemas);
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validators = new Map(
  schemas.map(({ topic, schema }) => {
    const { $id: _ignored, ...body } = schema;
    return [topic, ajv.compile(body)];
  }),
);
const topics = [...validators.keys()];

// SASL (SCRAM or PLAIN) and TLS from the environment; a half-done setting stops here.
function kafkaSecurity(env) {
  const mechanism = env.KAFKA_SASL_MECHANISM;
  const tls = env.KAFKA_SSL === 'true';
  const options = {};
  if (tls) {
    options.ssl = env.KAFKA_SSL_CA_FILE
      ? { ca: [readFileSync(env.KAFKA_SSL_CA_FILE, 'utf8')], rejectUnauthorized: true }
      : true;
  } else if (env.KAFKA_SSL_CA_FILE) {
    throw new Error('KAFKA_SSL_CA_FILE needs KAFKA_SSL=true');
  }
  if (mechanism) {
    if (!['scram-sha-256', 'scram-sha-512', 'plain'].includes(mechanism)) {
      throw new Error('KAFKA_SASL_MECHANISM must be scram-sha-256, scram-sha-512 or plain');
    }
    const password = env.KAFKA_SASL_PASSWORD_FILE
      ? readFileSync(env.KAFKA_SASL_PASSWORD_FILE, 'utf8').replace(/\r?\n$/, '')
      : env.KAFKA_SASL_PASSWORD;
    if (!env.KAFKA_SASL_USERNAME || !password) {
      throw new Error(`SASL ${mechanism} needs KAFKA_SASL_USERNAME and a password`);
    }
    if (mechanism === 'plain' && !tls) throw new Error('SASL plain only over TLS (KAFKA_SSL=true)');
    options.sasl = { mechanism, username: env.KAFKA_SASL_USERNAME, password };
  }
  return options;
}

// 2. Our own consumer group: the platform's services never see it.
const kafka = new Kafka({
  clientId: opts.group,
  brokers: opts.brokers.split(','),
  logLevel: logLevel.NOTHING,
  ...kafkaSecurity(process.env),
});
// From a time: on the group's first start only (later starts resume from its committed offsets),
// find the first offset at or after the time in each partition and seek there.
const seeks = [];
if (opts['from-time']) {
  const admin = kafka.admin();
  await admin.connect();
  const at = Date.parse(opts['from-time']);
  const committed = await admin.fetchOffsets({ groupId: opts.group, topics });
  const firstStart = committed.every((t) => t.partitions.every((p) => Number(p.offset) < 0));
  if (firstStart) {
    for (const topic of topics) {
      const high = new Map(
        (await admin.fetchTopicOffsets(topic)).map((o) => [o.partition, o.high]),
      );
      for (const { partition, offset } of await admin.fetchTopicOffsetsByTimestamp(topic, at)) {
        seeks.push({ topic, partition, offset: Number(offset) < 0 ? high.get(partition) : offset });
      }
    }
  }
  await admin.disconnect();
}
const consumer = kafka.consumer({ groupId: opts.group });
await consumer.connect();
await consumer.subscribe({ topics, fromBeginning: opts['from-beginning'] });

const header = (message, name) => message.headers?.[name]?.toString();
const counts = {};
let lastMessageAt = Date.now();
await consumer.run({
  eachMessage: async ({ topic, message }) => {
    lastMessageAt = Date.now();
    // 3. CloudEvents attributes are ce_* headers; ce_agency is the agency (tenant).
    if (opts.agency && header(message, 'ce_agency') !== opts.agency) return;
    const count = (counts[topic] ??= { valid: 0, invalid: 0, ids: new Set() });
    const id = header(message, 'ce_id');
    // 4. Delivery is at-least-once: deduplicate on ce_id.
    if (count.ids.has(id)) return;
    count.ids.add(id);
    let data;
    try {
      data = JSON.parse(message.value.toString());
    } catch {
      data = undefined;
    }
    const validate = validators.get(topic);
    const ok = data !== undefined && validate(data);
    if (ok) count.valid += 1;
    else count.invalid += 1;
    const why = ok ? 'valid' : `INVALID ${ajv.errorsText(validate.errors)}`;
    console.log(`${header(message, 'ce_time')} ${topic} ${message.key} ${id} ${why}`);
  },
});
for (const seek of seeks) consumer.seek(seek);

async function finish() {
  await consumer.disconnect();
  const summary = Object.fromEntries(
    Object.entries(counts).map(([t, c]) => [t, { valid: c.valid, invalid: c.invalid }]),
  );
  console.log(JSON.stringify(summary));
  if (opts['summary-json']) writeFileSync(opts['summary-json'], JSON.stringify(summary, null, 2));
  process.exit(0);
}
process.once('SIGINT', finish);
process.once('SIGTERM', finish);
if (opts['until-idle']) {
  const idle = Number(opts['until-idle']);
  const timer = setInterval(() => {
    if (Date.now() - lastMessageAt > idle) {
      clearInterval(timer);
      void finish();
    }
  }, 250);
}
