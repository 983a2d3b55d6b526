import type { Command } from 'commander';
import { allContracts } from '@jenjang/contracts';
import type { CliConfig } from '../config';
import { formatEvent, readEvent } from '../events';
import { kafkaFor } from '../kafka';
import { out, say } from '../output';

export function registerTail(program: Command, config: () => CliConfig): void {
  program
    .command('tail')
    .description('follow the public events in readable form (Ctrl-C to stop)')
    .option('-t, --topic <topic...>', 'topics to follow (default: every public topic)')
    .option('--dlq', 'follow the dead-letter topics instead')
    .option('--from-beginning', 'start at the oldest retained event instead of now')
    .option('--employee <id>', 'only events about this employee (the Kafka key)')
    .option('--agency <id>', 'only events of this agency')
    .option('--json', 'one JSON object per line instead of the readable line')
    .action(
      async (opts: {
        topic?: string[];
        dlq?: boolean;
        fromBeginning?: boolean;
        employee?: string;
        agency?: string;
        json?: boolean;
      }) => {
        const publicTopics = allContracts().map((c) => c.topic);
        const topics =
          opts.topic ?? (opts.dlq ? publicTopics.map((t) => `${t}.dlq`) : publicTopics);
        const consumer = kafkaFor(config().brokers).consumer({
          groupId: `jenjang-cli-tail-${process.pid}-${Date.now()}`,
        });
        await consumer.connect();
        await consumer.subscribe({ topics, fromBeginning: Boolean(opts.fromBeginning) });
        say(`following ${topics.length} topic(s); Ctrl-C to stop`);
        // Runs until Ctrl-C: the action's promise settles only when the consumer is stopped.
        const stopped = new Promise<void>((resolve) => {
          const stop = () => void consumer.disconnect().then(resolve);
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
        await consumer.run({
          autoCommit: false,
          eachMessage: ({ topic, partition, message }) => {
            const event = readEvent(topic, partition, message);
            if (opts.employee && event.key !== opts.employee) return Promise.resolve();
            if (opts.agency && event.agency !== opts.agency) return Promise.resolve();
            out(opts.json ? JSON.stringify(event) : formatEvent(event));
            return Promise.resolve();
          },
        });
        await stopped;
      },
    );
}
