import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, type Admin, type KafkaMessage } from 'kafkajs';
import { kafkaClientEnv } from '@jenjang/config';
import { kafkaClientConfig, kafkaSecurityFrom } from '@jenjang/messaging';

/**
 * A client with the services' own connection settings: KAFKA_SASL_MECHANISM, _USERNAME,
 * _PASSWORD or _PASSWORD_FILE, KAFKA_SSL and KAFKA_SSL_CA_FILE (docs/security.md), checked alike.
 */
export function kafkaFor(brokers: string[], env: NodeJS.ProcessEnv = process.env): Kafka {
  const security = kafkaSecurityFrom(kafkaClientEnv(env, 'the jenjang CLI'));
  return new Kafka({
    ...kafkaClientConfig(brokers, 'jenjang-cli', security),
    logLevel: logLevel.NOTHING,
    logCreator: undefined,
  });
}

export async function withAdmin<T>(kafka: Kafka, work: (admin: Admin) => Promise<T>): Promise<T> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.disconnect();
  }
}

/** Per partition: the next offset to read and the end (exclusive) fixed when reading starts. */
export interface PartitionRange {
  partition: number;
  from: bigint;
  end: bigint;
}

export const remaining = (ranges: PartitionRange[]): number =>
  ranges.reduce((sum, r) => sum + Number(r.end > r.from ? r.end - r.from : 0n), 0);

/** The whole topic as it is now: from the low watermark to the high watermark. */
export async function wholeTopic(admin: Admin, topic: string): Promise<PartitionRange[]> {
  const offsets = await admin.fetchTopicOffsets(topic);
  return offsets.map((o) => ({ partition: o.partition, from: BigInt(o.low), end: BigInt(o.high) }));
}

/**
 * Reads the given ranges of a topic once, in offset order per partition, and resolves when every
 * range is read. By default with a throw-away consumer group and nothing committed; with
 * `commit`, the group records each message once handled (so a later run resumes after it).
 */
export async function readRanges(
  kafka: Kafka,
  topic: string,
  ranges: PartitionRange[],
  onMessage: (partition: number, message: KafkaMessage) => Promise<void> | void,
  groupId = `jenjang-cli-${randomUUID()}`,
  commit = false,
): Promise<number> {
  const open = ranges.filter((r) => r.end > r.from);
  if (open.length === 0) return 0;
  const consumer = kafka.consumer({ groupId, allowAutoTopicCreation: false });
  await consumer.connect();
  let read = 0;
  try {
    const pending = new Map(open.map((r) => [r.partition, r]));
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      consumer
        .run({
          autoCommit: false,
          eachMessage: async ({ partition, message }) => {
            const range = pending.get(partition);
            const offset = BigInt(message.offset);
            if (!range || offset < range.from || offset >= range.end) return;
            await onMessage(partition, message);
            read += 1;
            if (commit) {
              await consumer.commitOffsets([
                { topic, partition, offset: (offset + 1n).toString() },
              ]);
            }
            if (offset + 1n >= range.end) pending.delete(partition);
            if (pending.size === 0) resolve();
          },
        })
        .then(() => {
          for (const r of open)
            consumer.seek({ topic, partition: r.partition, offset: String(r.from) });
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
  }
  return read;
}
