import { randomBytes } from 'node:crypto';
import { Kafka, logLevel, type Consumer, type KafkaMessage } from 'kafkajs';
import { kafkaClientEnv } from '@jenjang/config';
import { kafkaClientConfig, kafkaSecurityFrom, withKafkaRetry } from '@jenjang/messaging';
import { reportWhenSlow } from './report-when-slow';
import { waitUntil } from './wait';

export function testEnv(): { brokers: string[]; mongoUri: string } {
  const brokers = process.env.KAFKA_BROKERS;
  const mongoUri = process.env.MONGODB_URI;
  if (!brokers || !mongoUri)
    throw new Error('KAFKA_BROKERS/MONGODB_URI not set: is the jest global setup configured?');
  return { brokers: brokers.split(','), mongoUri };
}

/** Lower-case letters only: valid inside topic, group and database names alike. */
export function randomLetters(length = 8): string {
  return [...randomBytes(length)].map((b) => String.fromCharCode(97 + (b % 26))).join('');
}

/** A database URI on the same server with its own database name. */
export function databaseUri(mongoUri: string, db: string): string {
  const url = new URL(mongoUri);
  url.pathname = `/${db}`;
  return url.toString();
}

/** A client for tests and scripts, with the same KAFKA_SASL_* / KAFKA_SSL* settings as the services. */
export function testKafka(brokers: string[]): Kafka {
  const security = kafkaSecurityFrom(kafkaClientEnv(process.env, 'the test helpers'));
  return new Kafka({
    ...kafkaClientConfig(brokers, `test-${randomLetters(4)}`, security),
    logLevel: logLevel.NOTHING,
    logCreator: undefined,
  });
}

export async function createTopics(
  brokers: string[],
  topics: string[],
  numPartitions = 3,
): Promise<void> {
  const admin = testKafka(brokers).admin();
  await admin.connect();
  try {
    // kafkajs' waitForLeaders gives up on "does not host this topic-partition", which a broker
    // that has just started answers for a moment: wait below instead.
    await admin.createTopics({
      waitForLeaders: false,
      topics: topics.map((topic) => ({ topic, numPartitions, replicationFactor: 1 })),
    });
    // Wait until every partition has a leader that answers an offsets request (a topic that
    // existed already keeps its own partition count).
    for (const topic of topics) {
      await withKafkaRetry(
        `topic ${topic}`,
        async () => {
          const offsets = await admin.fetchTopicOffsets(topic);
          if (offsets.length === 0)
            throw Object.assign(new Error('no partitions yet'), { retriable: true });
        },
        { timeoutMs: 30_000 },
      );
    }
  } finally {
    await admin.disconnect();
  }
}

export interface RecordedMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: string | null;
  headers: Record<string, string>;
}

function toRecorded(topic: string, partition: number, m: KafkaMessage): RecordedMessage {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(m.headers ?? {})) {
    const first = Array.isArray(v) ? v[0] : v;
    if (first !== undefined) headers[k] = first.toString();
  }
  return {
    topic,
    partition,
    offset: m.offset,
    key: m.key?.toString() ?? null,
    value: m.value?.toString() ?? null,
    headers,
  };
}

/**
 * An outside consumer that records what arrives on some topics from the moment `start()` resolves
 * (its group is positioned at the end first): what other tests left on the shared topics,
 * including their deliberately broken events, is never seen.
 */
export class TopicRecorder {
  readonly messages: RecordedMessage[] = [];
  private consumer?: Consumer;
  /** Per `topic:partition`, the offset after the last message recorded. */
  private readonly seen = new Map<string, number>();
  private startedAt = new Map<string, number>();

  constructor(
    private readonly brokers: string[],
    private readonly topics: string[],
  ) {}

  async start(): Promise<this> {
    const groupId = `recorder-${randomLetters()}`;
    const start = await positionAtEnd(this.brokers, [groupId], this.topics);
    this.startedAt = new Map(start.map((c) => [`${c.topic}:${c.partition}`, Number(c.offset)]));
    // A short fetch wait: stopping waits for the fetch in flight (kafkajs' default is 5 s).
    this.consumer = testKafka(this.brokers).consumer({ groupId, maxWaitTimeInMs: 200 });
    await this.consumer.connect();
    await withKafkaRetry(`subscribing to ${this.topics.join(', ')}`, () =>
      this.consumer!.subscribe({ topics: this.topics, fromBeginning: true }),
    );
    await this.consumer.run({
      eachMessage: async ({ topic, partition, message }) => {
        this.messages.push(toRecorded(topic, partition, message));
        this.seen.set(`${topic}:${partition}`, Number(message.offset) + 1);
      },
    });
    return this;
  }

  on(topic: string): RecordedMessage[] {
    return this.messages.filter((m) => m.topic === topic);
  }

  /**
   * Resolves once everything on the recorded topics up to now (the end offsets when called) has
   * been recorded: a count taken afterwards includes every message published before the call.
   */
  async caughtUp(timeoutMs = 30_000): Promise<void> {
    const admin = testKafka(this.brokers).admin();
    await admin.connect();
    const marker: [string, number][] = [];
    try {
      for (const topic of this.topics) {
        const ends = await withKafkaRetry(`end offsets of topic ${topic}`, () =>
          admin.fetchTopicOffsets(topic),
        );
        for (const p of ends) marker.push([`${topic}:${p.partition}`, Number(p.high)]);
      }
    } finally {
      await admin.disconnect();
    }
    const behind = () =>
      marker.filter(
        ([key, end]) => end > (this.startedAt.get(key) ?? 0) && (this.seen.get(key) ?? 0) < end,
      );
    await waitUntil(
      'the recorder to reach the end of its topics',
      () => behind().length === 0,
      timeoutMs,
      50,
    ).catch((error: Error) => {
      throw new Error(
        `${error.message}: ${behind()
          .map(([k]) => k)
          .join(', ')}`,
      );
    });
  }

  async stop(): Promise<void> {
    await reportWhenSlow(
      async () => this.consumer?.disconnect(),
      15_000,
      () => `[TopicRecorder] still disconnecting after 15 s: ${this.topics.join(', ')}`,
      (ms) => `[TopicRecorder] disconnected in ${ms} ms`,
    );
  }
}

export async function produceRaw(
  brokers: string[],
  topic: string,
  messages: { key: string; value: string; headers?: Record<string, string> }[],
): Promise<void> {
  const producer = testKafka(brokers).producer();
  await producer.connect();
  try {
    await producer.send({ topic, acks: -1, messages });
  } finally {
    await producer.disconnect();
  }
}

/**
 * Commits, for new consumer groups, the current end offset of every partition of the topics: each
 * group joins once with a consumer that handles nothing, commits, and leaves (kafkajs'
 * admin.setOffsets would join once per topic, seconds each).
 */
export async function positionAtEnd(
  brokers: string[],
  groups: string[],
  topics: string[],
): Promise<{ topic: string; partition: number; offset: string }[]> {
  const kafka = testKafka(brokers);
  const admin = kafka.admin();
  await admin.connect();
  let ends: { topic: string; offsets: { partition: number; high: string }[] }[];
  try {
    ends = await Promise.all(
      topics.map(async (topic) => ({
        topic,
        offsets: await withKafkaRetry(`end offsets of topic ${topic}`, () =>
          admin.fetchTopicOffsets(topic),
        ),
      })),
    );
  } finally {
    await admin.disconnect();
  }
  const commits = ends.flatMap(({ topic, offsets }) =>
    offsets.map((o) => ({ topic, partition: o.partition, offset: o.high })),
  );
  await Promise.all(
    groups.map(async (groupId) => {
      const consumer = kafka.consumer({
        groupId,
        allowAutoTopicCreation: false,
        maxWaitTimeInMs: 100,
      });
      const joined = new Promise<void>((resolve) =>
        consumer.on(consumer.events.GROUP_JOIN, () => resolve()),
      );
      await consumer.connect();
      try {
        await consumer.subscribe({ topics, fromBeginning: false });
        await consumer.run({ autoCommit: false, eachBatch: () => Promise.resolve() });
        await joined;
        await withKafkaRetry(`committing end offsets for group ${groupId}`, () =>
          consumer.commitOffsets(commits),
        );
      } finally {
        await consumer.disconnect();
      }
    }),
  );
  return commits;
}

/**
 * A marker for "everything published so far has been handled": takes the end offsets of the
 * topics now, then waits until the consumer group has committed at least that far on every
 * partition. Services commit after the effect, so what a duplicate or a late event would have
 * done is done by then: a count taken afterwards must stay put.
 */
export async function waitForGroupToPass(
  brokers: string[],
  groupId: string,
  topics: string[],
  timeoutMs = 30_000,
): Promise<void> {
  const admin = testKafka(brokers).admin();
  await admin.connect();
  try {
    const marker = new Map<string, number>();
    for (const topic of topics) {
      const ends = await withKafkaRetry(`end offsets of topic ${topic}`, () =>
        admin.fetchTopicOffsets(topic),
      );
      for (const p of ends) marker.set(`${topic}:${p.partition}`, Number(p.high));
    }
    const behind = async () => {
      const committed = await admin.fetchOffsets({ groupId, topics });
      const missing: string[] = [];
      for (const { topic, partitions } of committed) {
        for (const p of partitions) {
          const want = marker.get(`${topic}:${p.partition}`) ?? 0;
          if (want > 0 && Number(p.offset) < want) missing.push(`${topic}[${p.partition}]`);
        }
      }
      return missing;
    };
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const missing = await behind();
      if (missing.length === 0) return;
      if (Date.now() > deadline) {
        throw new Error(
          `group ${groupId} has not consumed up to the marker after ${timeoutMs} ms: ${missing.join(', ')}`,
        );
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    await admin.disconnect();
  }
}
