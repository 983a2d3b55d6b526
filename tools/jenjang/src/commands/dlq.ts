import type { Command } from 'commander';
import { allContracts, dlqTopic, retryTopic } from '@jenjang/contracts';
import { DLQ_HEADERS, RETRY_HEADERS } from '@jenjang/messaging';
import type { CliConfig } from '../config';
import { formatEvent, readEvent } from '../events';
import { kafkaFor, readRanges, remaining, wholeTopic, withAdmin } from '../kafka';
import { out, say } from '../output';
import { progressBar } from '../progress';

// The redrive remembers how far it got in this group, so a second run never resends a message.
const redriveGroup = (topic: string) => `jenjang-cli.redrive.${topic}`;

const dlqTopics = () => allContracts().map((c) => dlqTopic(c.topic));

export function registerDlq(program: Command, config: () => CliConfig): void {
  const dlq = program.command('dlq').description('inspect and redrive the dead-letter topics');

  dlq
    .command('list')
    .description('how many messages each dead-letter topic holds and how many are not redriven')
    .action(async () => {
      const kafka = kafkaFor(config().brokers);
      await withAdmin(kafka, async (admin) => {
        for (const topic of dlqTopics()) {
          const ranges = await wholeTopic(admin, topic);
          const held = remaining(ranges);
          const [done] = await admin.fetchOffsets({
            groupId: redriveGroup(topic),
            topics: [topic],
          });
          const redriven = ranges.reduce((sum, r) => {
            const committed = BigInt(
              done?.partitions.find((p) => p.partition === r.partition)?.offset ?? '-1',
            );
            return sum + (committed > r.from ? Number(committed - r.from) : 0);
          }, 0);
          if (held > 0) out(`${topic.padEnd(52)} ${held} held, ${held - redriven} not redriven`);
        }
      });
    });

  dlq
    .command('show <dlqTopic>')
    .description('print the dead-lettered messages with their reason')
    .option('--json', 'print as JSON lines')
    .action(async (topic: string, opts: { json?: boolean }) => {
      const kafka = kafkaFor(config().brokers);
      const ranges = await withAdmin(kafka, (admin) => wholeTopic(admin, topic));
      await readRanges(kafka, topic, ranges, (partition, message) => {
        const event = readEvent(topic, partition, message);
        out(opts.json ? JSON.stringify(event) : formatEvent(event));
      });
    });

  dlq
    .command('redrive <dlqTopic>')
    .description(
      'send dead-lettered messages back to the retry topic of the consumer group that failed them',
    )
    .option('-g, --group <groupId>', 'only messages this consumer group dead-lettered')
    .option('--dry-run', 'say what would be redriven, send nothing')
    .action(async (topic: string, opts: { group?: string; dryRun?: boolean }) => {
      if (!topic.endsWith('.dlq')) throw new Error(`${topic} is not a dead-letter topic`);
      const kafka = kafkaFor(config().brokers);
      const groupId = redriveGroup(topic);
      const ranges = await withAdmin(kafka, async (admin) => {
        const all = await wholeTopic(admin, topic);
        const [done] = await admin.fetchOffsets({ groupId, topics: [topic] });
        return all.map((r) => {
          const committed = BigInt(
            done?.partitions.find((p) => p.partition === r.partition)?.offset ?? '-1',
          );
          return { ...r, from: committed > r.from ? committed : r.from };
        });
      });
      const total = remaining(ranges);
      say(`${total} message(s) in ${topic} not redriven yet`);
      if (total === 0) return;
      const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
      await producer.connect();
      const bar = progressBar(opts.dryRun ? 'checking' : 'redriving', total);
      const counts = new Map<string, number>();
      try {
        await readRanges(
          kafka,
          topic,
          ranges,
          async (partition, message) => {
            const event = readEvent(topic, partition, message);
            const failedBy = event.headers[DLQ_HEADERS.group];
            bar.increment();
            if (!failedBy || (opts.group && failedBy !== opts.group)) return;
            counts.set(failedBy, (counts.get(failedBy) ?? 0) + 1);
            if (opts.dryRun) return;
            const headers = { ...event.headers };
            for (const name of Object.values(DLQ_HEADERS)) delete headers[name];
            await producer.send({
              topic: retryTopic(failedBy),
              acks: -1,
              messages: [
                {
                  key: event.key,
                  value: message.value,
                  headers: {
                    ...headers,
                    [RETRY_HEADERS.attempt]: '1',
                    [RETRY_HEADERS.notBefore]: String(Date.now()),
                    [RETRY_HEADERS.lastError]: `redriven from ${topic}`,
                  },
                },
              ],
            });
          },
          // Committed only on a real redrive, so a dry run leaves everything to redrive.
          opts.dryRun ? undefined : groupId,
          !opts.dryRun,
        );
      } finally {
        bar.stop();
        await producer.disconnect();
      }
      for (const [group, n] of counts) {
        out(`${opts.dryRun ? 'would redrive' : 'redriven'} ${n} to ${retryTopic(group)}`);
      }
    });
}
