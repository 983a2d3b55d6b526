import { createWriteStream } from 'node:fs';
import type { Command } from 'commander';
import { contractForTopic } from '@jenjang/contracts';
import type { CliConfig } from '../config';
import { readEvent } from '../events';
import { kafkaFor, remaining, withAdmin } from '../kafka';
import { out, say } from '../output';
import { progressBar } from '../progress';
import { parseTime, replayRanges, type ReplayStart } from '../replay-plan';

interface ReplayOptions {
  group: string;
  fromTime?: string;
  fromOffset?: string;
  out?: string;
  positionOnly?: boolean;
}

/**
 * Replays a topic from a time or an offset into a NEW consumer group: the group's offsets are
 * set to the start, then (unless --position-only, which leaves the reading to your own consumer)
 * the CLI reads up to where the topic was when the replay began, validates every event against
 * its contract and writes them as JSON lines, committing as it goes.
 */
export function registerReplay(program: Command, config: () => CliConfig): void {
  program
    .command('replay <topic>')
    .description('replay a topic from a time or an offset into a new consumer group')
    .requiredOption('-g, --group <groupId>', 'the new consumer group (must have no offsets yet)')
    .option('--from-time <time>', 'ISO time or epoch ms (default: the oldest retained event)')
    .option('--from-offset <offset>', 'offset to start at in every partition')
    .option('-o, --out <file>', 'write the events as JSON lines here instead of stdout')
    .option('--position-only', 'only position the group; your consumer reads')
    .action(async (topic: string, opts: ReplayOptions) => {
      if (!contractForTopic(topic)) say(`note: ${topic} is not a public topic of the registry`);
      const kafka = kafkaFor(config().brokers);
      const ranges = await withAdmin(kafka, async (admin) => {
        const committed = await admin.fetchOffsets({ groupId: opts.group, topics: [topic] });
        if (committed.some((t) => t.partitions.some((p) => Number(p.offset) >= 0))) {
          throw new Error(`consumer group ${opts.group} already has offsets on ${topic}`);
        }
        const watermarks = (await admin.fetchTopicOffsets(topic)).map((o) => ({
          partition: o.partition,
          low: BigInt(o.low),
          high: BigInt(o.high),
        }));
        let start: ReplayStart = { kind: 'beginning' };
        if (opts.fromOffset !== undefined)
          start = { kind: 'offset', offset: BigInt(opts.fromOffset) };
        if (opts.fromTime !== undefined) {
          const byTime = await admin.fetchTopicOffsetsByTimestamp(topic, parseTime(opts.fromTime));
          start = {
            kind: 'time',
            offsets: new Map(byTime.map((o) => [o.partition, BigInt(o.offset)])),
          };
        }
        const planned = replayRanges(watermarks, start);
        await admin.setOffsets({
          groupId: opts.group,
          topic,
          partitions: planned.map((r) => ({ partition: r.partition, offset: String(r.from) })),
        });
        return planned;
      });
      const total = remaining(ranges);
      say(`group ${opts.group} positioned on ${topic}: ${total} event(s) to replay`);
      if (opts.positionOnly || total === 0) return;

      const sink = opts.out ? createWriteStream(opts.out) : undefined;
      const write = (line: string) => (sink ? sink.write(`${line}\n`) : out(line));
      const bar = progressBar('replaying', total);
      const pending = new Map(ranges.filter((r) => r.end > r.from).map((r) => [r.partition, r]));
      let invalid = 0;
      const consumer = kafka.consumer({ groupId: opts.group });
      await consumer.connect();
      await consumer.subscribe({ topics: [topic] });
      await new Promise<void>((resolve, reject) => {
        consumer
          .run({
            eachMessage: ({ partition, message }) => {
              const range = pending.get(partition);
              if (range && BigInt(message.offset) < range.end) {
                const event = readEvent(topic, partition, message);
                if (event.invalid) invalid += 1;
                write(JSON.stringify(event));
                bar.increment();
                if (BigInt(message.offset) + 1n >= range.end) pending.delete(partition);
              }
              if (pending.size === 0) resolve();
              return Promise.resolve();
            },
          })
          .catch(reject);
      });
      await consumer.disconnect();
      bar.stop();
      await new Promise<void>((resolve) => (sink ? sink.end(resolve) : resolve()));
      say(`replayed ${total} event(s) into ${opts.group}; ${invalid} did not match their contract`);
      if (invalid > 0) process.exitCode = 1;
    });
}
