#!/usr/bin/env node
// Smoke test of the local infrastructure against the exact client APIs the messaging and
// persistence libraries rely on (kafkajs 2.2.4, mongoose 8). `npm run infra:smoke`.
//   --restart  also stops and restarts the local infra between a write and a read (data survives)
// Prints one line per check and 'N passed, N failed'; exit code 1 when any failed.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import kafkajs from 'kafkajs';
import mongoose from 'mongoose';
import { applyTopics, ensureInfra, stopInfra } from './infra-lib.mjs';

const { Kafka, logLevel } = kafkajs;
const emitWarning = process.emitWarning; // see infra.mjs: kafkajs' harmless negative timeout
process.emitWarning = (w, ...r) =>
  (typeof r[0] === 'string' ? r[0] : r[0]?.type) === 'TimeoutNegativeWarning'
    ? undefined
    : emitWarning.call(process, w, ...r);

let passed = 0;
let failed = 0;
async function check(name, fn) {
  const t0 = Date.now();
  try {
    const note = await fn();
    passed++;
    console.log(`ok    ${name} (${Date.now() - t0} ms)${note ? ` — ${note}` : ''}`);
  } catch (e) {
    failed++;
    console.log(`FAIL  ${name}: ${e?.stack ?? e}`);
  }
}
function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}
const eq = (a, b, msg) =>
  assert(
    JSON.stringify(a) === JSON.stringify(b),
    `${msg}: expected ${JSON.stringify(b)}, got ${JSON.stringify(a)}`,
  );

const restart = process.argv.includes('--restart');
const run = randomUUID().slice(0, 8);
const infra = await ensureInfra();
console.log(
  `kafka ${infra.kafkaBrokers.join(',')} (${infra.kafka}), mongo ${infra.mongoUri} (${infra.mongo})`,
);

// ------------------------------------------------------------------------------------ Kafka
process.env.KAFKAJS_NO_PARTITIONER_WARNING = '1';
// expected errors (existing topic, missing topic) would be logged by kafkajs at ERROR: keep quiet
const kafka = new Kafka({
  clientId: `smoke-${run}`,
  brokers: infra.kafkaBrokers,
  logLevel: logLevel.NOTHING,
});
const admin = kafka.admin();
await admin.connect();
const topic = `smoke.${run}.v1`;
const groupId = `smoke-${run}`;

await check('kafka admin.describeCluster', async () => {
  const c = await admin.describeCluster();
  assert(c.brokers.length >= 1 && c.clusterId, 'no brokers/clusterId');
  return `clusterId ${c.clusterId}, controller ${c.controller}, ${c.brokers.length} broker(s)`;
});

await check(
  'kafka admin.createTopics (3 partitions, configEntries) + fetchTopicMetadata',
  async () => {
    const created = await admin.createTopics({
      waitForLeaders: true,
      topics: [
        {
          topic,
          numPartitions: 3,
          replicationFactor: 1,
          configEntries: [{ name: 'retention.ms', value: '3600000' }],
        },
      ],
    });
    assert(created === true, 'createTopics returned false');
    const again = await admin.createTopics({ topics: [{ topic, numPartitions: 3 }] });
    assert(again === false, 'second createTopics should return false (exists)');
    const meta = await admin.fetchTopicMetadata({ topics: [topic] });
    eq(meta.topics[0].partitions.length, 3, 'partitions');
  },
);

await check(
  'kafka auto.create.topics.enable=false (producing to an unknown topic fails)',
  async () => {
    const p = kafka.producer({ allowAutoTopicCreation: true, retry: { retries: 1 } });
    await p.connect();
    try {
      await p.send({ topic: `smoke.${run}.missing`, messages: [{ value: 'x' }], timeout: 3000 });
      throw new Error('send to a missing topic succeeded');
    } catch (e) {
      if (e.message === 'send to a missing topic succeeded') throw e;
      return `${e.name}: ${e.message}`;
    } finally {
      await p.disconnect();
    }
  },
);

const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
const sent = [];
await check('kafka idempotent producer send (acks -1, key, headers)', async () => {
  await producer.connect();
  for (let i = 0; i < 6; i++) {
    const id = randomUUID();
    sent.push(id);
    const res = await producer.send({
      topic,
      acks: -1,
      messages: [
        {
          key: `emp-${i % 3}`,
          value: JSON.stringify({ i }),
          headers: {
            ce_id: id,
            ce_type: 'smoke.v1',
            traceparent: `00-${'a'.repeat(32)}-${'b'.repeat(16)}-01`,
          },
        },
      ],
    });
    assert(res[0].errorCode === 0, `errorCode ${res[0].errorCode}`);
  }
  const batch = await producer.sendBatch({
    acks: -1,
    topicMessages: [
      { topic, messages: [{ key: 'emp-0', value: 'batch', headers: { ce_id: 'batch-1' } }] },
    ],
  });
  sent.push('batch-1');
  return `sendBatch → ${batch.length} partition result(s)`;
});

const received = [];
let consumer;
await check(
  'kafka consumer group join + consume (headers as Buffers) + commitOffsets',
  async () => {
    consumer = kafka.consumer({
      groupId,
      sessionTimeout: 10_000,
      heartbeatInterval: 1000,
      maxWaitTimeInMs: 200,
    });
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    let joined = false;
    consumer.on(consumer.events.GROUP_JOIN, () => (joined = true));
    await consumer.run({
      autoCommit: false,
      eachMessage: async ({ topic: t, partition, message }) => {
        received.push({
          id: message.headers.ce_id.toString(),
          partition,
          offset: message.offset,
          key: message.key.toString(),
        });
        await consumer.commitOffsets([
          { topic: t, partition, offset: (BigInt(message.offset) + 1n).toString() },
        ]);
      },
    });
    const deadline = Date.now() + 30_000;
    while (received.length < sent.length && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    assert(joined, 'no GROUP_JOIN event');
    eq(new Set(received.map((r) => r.id)).size, sent.length, 'received distinct ce_id count');
    const byKey = {};
    for (const r of received) (byKey[r.key] ??= new Set()).add(r.partition);
    assert(
      Object.values(byKey).every((s) => s.size === 1),
      'one key went to several partitions',
    );
  },
);

await check('kafka admin.describeGroups', async () => {
  const { groups } = await admin.describeGroups([groupId]);
  eq(groups[0].state, 'Stable', 'group state');
  return `state ${groups[0].state}, protocol ${groups[0].protocol}, ${groups[0].members.length} member(s)`;
});

await check('kafka admin.fetchOffsets (committed = last offset + 1)', async () => {
  const res = await admin.fetchOffsets({ groupId, topics: [topic] });
  const committed = Object.fromEntries(res[0].partitions.map((p) => [p.partition, p.offset]));
  const expected = {};
  for (const r of received)
    expected[r.partition] = String(
      Math.max(Number(expected[r.partition] ?? 0), Number(r.offset) + 1),
    );
  for (const [p, o] of Object.entries(expected))
    eq(committed[p], o, `partition ${p} committed offset`);
  return JSON.stringify(committed);
});

await check('kafka consumer restart resumes after committed offsets (no redelivery)', async () => {
  await consumer.disconnect();
  await producer.send({
    topic,
    acks: -1,
    messages: [{ key: 'emp-1', value: 'after', headers: { ce_id: 'after-1' } }],
  });
  const again = [];
  consumer = kafka.consumer({
    groupId,
    sessionTimeout: 10_000,
    heartbeatInterval: 1000,
    maxWaitTimeInMs: 200,
  });
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => void again.push(message.headers.ce_id.toString()),
  });
  const deadline = Date.now() + 20_000;
  while (again.length < 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  await new Promise((r) => setTimeout(r, 500));
  eq(again, ['after-1'], 'messages after restart');
  await consumer.disconnect();
});

await check(
  'kafka admin.fetchTopicOffsets + fetchTopicOffsetsByTimestamp + setOffsets',
  async () => {
    const offs = await admin.fetchTopicOffsets(topic);
    const total = offs.reduce((n, p) => n + Number(p.high) - Number(p.low), 0);
    eq(total, sent.length + 1, 'messages in topic');
    const byTs = await admin.fetchTopicOffsetsByTimestamp(topic, Date.now() - 3_600_000);
    eq(byTs.length, 3, 'partitions by timestamp');
    await admin.setOffsets({ groupId, topic, partitions: [{ partition: 0, offset: '0' }] });
    const after = await admin.fetchOffsets({ groupId, topics: [topic] });
    eq(after[0].partitions.find((p) => p.partition === 0).offset, '0', 'offset after setOffsets');
  },
);

await check('kafka transactional producer (sendOffsets + commit, abort)', async () => {
  const tp = kafka.producer({
    transactionalId: `smoke-tx-${run}`,
    idempotent: true,
    maxInFlightRequests: 1,
  });
  await tp.connect();
  const tx = await tp.transaction();
  await tx.send({ topic, messages: [{ key: 'emp-2', value: 'tx', headers: { ce_id: 'tx-1' } }] });
  await tx.sendOffsets({
    consumerGroupId: groupId,
    topics: [{ topic, partitions: [{ partition: 0, offset: '1' }] }],
  });
  await tx.commit();
  const tx2 = await tp.transaction();
  await tx2.send({ topic, messages: [{ key: 'emp-2', value: 'aborted' }] });
  await tx2.abort();
  await tp.disconnect();
  const after = await admin.fetchOffsets({ groupId, topics: [topic] });
  eq(
    after[0].partitions.find((p) => p.partition === 0).offset,
    '1',
    'offset committed by transaction',
  );
});

await check(
  'kafka applyTopics: create, then alter config + add partitions, then no-op',
  async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jenjang-topics-'));
    const m = path.join(dir, 'topics.yaml');
    const name = `smoke.${run}.manifest.v1`;
    fs.writeFileSync(
      m,
      `defaults:\n  partitions: 2\n  replicationFactor: 1\n  config:\n    cleanup.policy: delete\n    retention.ms: 86400000\ntopics:\n  - name: ${name}\n`,
    );
    const a = await applyTopics(infra.kafkaBrokers, m);
    eq(a.created, [name], 'created');
    fs.writeFileSync(
      m,
      `defaults:\n  partitions: 4\n  config:\n    retention.ms: 172800000\ntopics:\n  - name: ${name}\n    config: { cleanup.policy: compact }\n`,
    );
    const b = await applyTopics(infra.kafkaBrokers, m);
    eq([b.configsUpdated, b.partitionsAdded], [[name], [name]], 'updated');
    const c = await applyTopics(infra.kafkaBrokers, m);
    eq(c.unchanged, [name], 'unchanged');
    const meta = await admin.fetchTopicMetadata({ topics: [name] });
    eq(meta.topics[0].partitions.length, 4, 'partitions');
    await admin.deleteTopics({ topics: [name] });
    fs.rmSync(dir, { recursive: true, force: true });
  },
);

await check('kafka manifest topics exist (deploy/topics.yaml applied)', async () => {
  const topics = await admin.listTopics();
  assert(
    topics.includes('public.evaluation.appraisal-finalized.v1.dlq') &&
      topics.includes('jenjang.notification.retry'),
    'manifest topics missing: run `node scripts/infra.mjs up`',
  );
});

await check(
  'kafka admin.listGroups + deleteTopicRecords + deleteGroups + deleteTopics',
  async () => {
    const { groups } = await admin.listGroups();
    assert(
      groups.some((g) => g.groupId === groupId),
      'group not listed',
    );
    await admin.deleteTopicRecords({ topic, partitions: [{ partition: 0, offset: '-1' }] });
    const offs = await admin.fetchTopicOffsets(topic);
    const p0 = offs.find((p) => p.partition === 0);
    eq(p0.low, p0.high, 'partition 0 emptied');
    await admin.deleteGroups([groupId]);
    await admin.deleteTopics({ topics: [topic] });
  },
);
await producer.disconnect();
await admin.disconnect();

// ------------------------------------------------------------------------------------ Mongo
const conn = await mongoose
  .createConnection(infra.mongoUri, { serverSelectionTimeoutMS: 5000 })
  .asPromise();
const Agg = conn.model(
  `SmokeAgg${run}`,
  new mongoose.Schema(
    {
      _id: String,
      agency: String,
      email: String,
      outbox: [{ _id: false, id: String, topic: String }],
      leaseUntil: { type: Date, default: undefined },
      processed: [String],
      tags: [String],
      version: { type: Number, default: 0 },
    },
    { collection: `smoke_agg_${run}`, versionKey: false },
  ).index({ agency: 1, email: 1 }, { unique: true }),
);
const Inbox = conn.model(
  `SmokeInbox${run}`,
  new mongoose.Schema(
    { eventId: String, consumer: String, expireAt: Date },
    { collection: `smoke_inbox_${run}`, versionKey: false },
  )
    .index({ eventId: 1, consumer: 1 }, { unique: true })
    .index({ expireAt: 1 }, { expireAfterSeconds: 0 }),
);

await check('mongo ping + buildInfo/hello', async () => {
  await conn.db.admin().command({ ping: 1 });
  const hello = await conn.db.admin().command({ isMaster: 1 });
  return `maxWireVersion ${hello.maxWireVersion}, setName ${hello.setName ?? '(none: not a replica set)'}`;
});

await check('mongo createIndexes (unique compound, TTL) + listIndexes', async () => {
  await Agg.createIndexes();
  await Inbox.createIndexes();
  const idx = await Inbox.collection.listIndexes().toArray();
  const ttl = idx.find((i) => i.key.expireAt === 1);
  assert(ttl && ttl.expireAfterSeconds === 0, `TTL index missing: ${JSON.stringify(idx)}`);
  assert(idx.find((i) => i.key.eventId === 1)?.unique === true, 'unique index missing');
  return idx.map((i) => i.name).join(', ');
});

await check('mongo insertOne / create', async () => {
  await Agg.create({
    _id: 'A',
    agency: 'x',
    email: 'a@x',
    outbox: [
      { id: 'e1', topic: 't' },
      { id: 'e2', topic: 't' },
    ],
  });
  await Agg.collection.insertOne({ _id: 'B', agency: 'x', email: 'b@x', outbox: [] });
  await Agg.collection.insertOne({
    _id: 'C',
    agency: 'x',
    email: 'c@x',
    outbox: [{ id: 'e3' }],
    leaseUntil: new Date(Date.now() + 60_000),
  });
  await Agg.collection.insertOne({
    _id: 'D',
    agency: 'x',
    email: 'd@x',
    outbox: [{ id: 'e4' }],
    leaseUntil: new Date(Date.now() - 60_000),
  });
  await Agg.collection.insertOne({
    _id: 'E',
    agency: 'x',
    email: 'e@x',
    outbox: [{ id: 'e5' }],
    leaseUntil: null,
  });
  eq(await Agg.countDocuments(), 5, 'count');
});

await check('mongo duplicate key → code 11000 (unique compound index; and _id)', async () => {
  const codes = [];
  let first;
  for (const doc of [
    { _id: 'Z', agency: 'x', email: 'a@x' },
    { _id: 'A', agency: 'y', email: 'q@y' },
  ]) {
    try {
      await Agg.create(doc);
      codes.push('no error');
    } catch (e) {
      codes.push(e.code);
      if (codes.length === 1) first = e;
    }
  }
  eq(codes, [11000, 11000], 'codes');
  try {
    await Inbox.collection.insertMany(
      [
        { eventId: 'ev1', consumer: 'c' },
        { eventId: 'ev1', consumer: 'c' },
      ],
      { ordered: false },
    );
    throw new Error('insertMany duplicate did not fail');
  } catch (e) {
    eq(e.code, 11000, 'insertMany code');
  }
  return `name ${first.name}, keyValue ${JSON.stringify(first.keyValue)}, message "${first.message}"`;
});

await check(
  'mongo $in on the fields of a unique compound index (answered by lookups)',
  async () => {
    // The development store answers this from the unique index (one lookup per combination); the
    // answer must be what a scan gives: every matching document, the other conditions applied.
    const emails = ['a@x', 'b@x', 'c@x', 'nobody@x', 'a@x'];
    const got = await Agg.find({ agency: { $in: ['x', 'y'] }, email: { $in: emails } })
      .sort({ _id: 1 })
      .lean();
    eq(
      got.map((d) => d._id),
      ['A', 'B', 'C'],
      'ids',
    );
    const filtered = await Agg.countDocuments({
      agency: 'x',
      email: { $in: emails },
      _id: { $ne: 'B' },
    });
    eq(filtered, 2, 'with another condition');
    // null matches a null or absent field, as in MongoDB.
    await Agg.collection.insertOne({ _id: 'N', agency: 'n' });
    const nulls = await Agg.find({ agency: { $in: ['n'] }, email: { $in: [null, 'zz'] } }).lean();
    eq(
      nulls.map((d) => d._id),
      ['N'],
      'null',
    );
    await Agg.collection.deleteOne({ _id: 'N' });
  },
);

await check(
  "mongo findOneAndUpdate outbox claim {'outbox.0': {$exists}, $or: [{leaseUntil: {$lt: now}}, {leaseUntil: null}]}",
  async () => {
    const claimed = [];
    for (;;) {
      const now = new Date();
      const doc = await Agg.findOneAndUpdate(
        {
          'outbox.0': { $exists: true },
          $or: [{ leaseUntil: { $lt: now } }, { leaseUntil: null }],
        },
        { $set: { leaseUntil: new Date(now.getTime() + 30_000) } },
        { returnDocument: 'after', sort: { _id: 1 }, lean: true },
      );
      if (!doc) break;
      assert(doc.leaseUntil > now, 'lease not set in returned doc');
      claimed.push(doc._id);
      if (claimed.length > 10) throw new Error('claims loop');
    }
    // A: leaseUntil missing, D: expired lease, E: leaseUntil null; B empty outbox, C leased
    eq(claimed, ['A', 'D', 'E'], 'claimed');
  },
);

await check('mongo updateOne $pull {outbox: {id: {$in: [...]}}} + $unset lease', async () => {
  const r = await Agg.updateOne(
    { _id: 'A' },
    { $pull: { outbox: { id: { $in: ['e1', 'nope'] } } }, $unset: { leaseUntil: 1 } },
  );
  eq([r.matchedCount, r.modifiedCount], [1, 1], 'counts');
  const a = await Agg.findById('A').lean();
  eq(
    a.outbox.map((o) => o.id),
    ['e2'],
    'outbox after pull',
  );
  assert(!('leaseUntil' in a), 'leaseUntil not unset');
});

await check('mongo $push with $each (+ $slice) and $inc with version guard', async () => {
  await Agg.updateOne(
    { _id: 'A', version: 0 },
    { $push: { outbox: { $each: [{ id: 'e6' }, { id: 'e7' }] } }, $inc: { version: 1 } },
  );
  await Agg.updateOne({ _id: 'A' }, { $push: { tags: { $each: ['a', 'b', 'c'], $slice: -2 } } });
  const stale = await Agg.updateOne({ _id: 'A', version: 0 }, { $inc: { version: 1 } });
  eq(stale.matchedCount, 0, 'stale version matched');
  const a = await Agg.findById('A').lean();
  eq(
    [a.outbox.map((o) => o.id), a.tags, a.version],
    [['e2', 'e6', 'e7'], ['b', 'c'], 1],
    'after push',
  );
});

await check('mongo $addToSet (single and $each)', async () => {
  await Agg.updateOne({ _id: 'B' }, { $addToSet: { tags: 'x' } });
  const r = await Agg.updateOne({ _id: 'B' }, { $addToSet: { tags: 'x' } });
  await Agg.updateOne({ _id: 'B' }, { $addToSet: { tags: { $each: ['x', 'y'] } } });
  eq((await Agg.findById('B').lean()).tags, ['x', 'y'], 'tags');
  return `second $addToSet modifiedCount ${r.modifiedCount}`;
});

await check(
  "mongo conditional update {_id, processed: {$ne: 'x'}} + $push (idempotent effect)",
  async () => {
    const first = await Agg.updateOne(
      { _id: 'C', processed: { $ne: 'ev-x' } },
      { $push: { processed: 'ev-x', outbox: { id: 'e8' } } },
    );
    const second = await Agg.updateOne(
      { _id: 'C', processed: { $ne: 'ev-x' } },
      { $push: { processed: 'ev-x', outbox: { id: 'e8' } } },
    );
    eq(
      [first.matchedCount, first.modifiedCount, second.matchedCount, second.modifiedCount],
      [1, 1, 0, 0],
      'counts',
    );
    eq((await Agg.findById('C').lean()).processed, ['ev-x'], 'processed');
  },
);

await check('mongo TTL index removes expired documents (informational)', async () => {
  await Inbox.collection.insertOne({
    eventId: 'ttl',
    consumer: 'c',
    expireAt: new Date(Date.now() - 1000),
  });
  const deadline = Date.now() + 3000;
  while (Date.now() < deadline && (await Inbox.countDocuments({ eventId: 'ttl' })))
    await new Promise((r) => setTimeout(r, 250));
  const left = await Inbox.countDocuments({ eventId: 'ttl' });
  return left
    ? 'expired document still present: mongo-java-server 1.47 stores TTL options but never expires (real MongoDB sweeps every 60 s)'
    : 'expired document removed';
});

const persistColl = conn.db.collection('smoke_persist');
await check('mongo write for the persistence check', async () => {
  await persistColl.updateOne(
    { _id: 'marker' },
    { $set: { run, at: new Date() } },
    { upsert: true },
  );
});
await Agg.collection.drop();
await Inbox.collection.drop();
await conn.close();

if (restart) {
  await check('infra down + up keeps Mongo data and Kafka topics', async () => {
    const down = await stopInfra();
    const up = await ensureInfra();
    assert(up.started, `nothing restarted (${JSON.stringify(down)})`);
    const c2 = await mongoose
      .createConnection(up.mongoUri, { serverSelectionTimeoutMS: 5000 })
      .asPromise();
    const m = await c2.db.collection('smoke_persist').findOne({ _id: 'marker' });
    await c2.close();
    eq(m?.run, run, 'marker after restart');
    const a2 = new Kafka({
      clientId: `smoke-${run}`,
      brokers: up.kafkaBrokers,
      logLevel: logLevel.NOTHING,
    }).admin();
    await a2.connect();
    const topics = await a2.listTopics();
    await a2.disconnect();
    assert(topics.includes('public.training.completed.v1'), 'topics lost');
    return `down ${JSON.stringify(down)}`;
  });
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
