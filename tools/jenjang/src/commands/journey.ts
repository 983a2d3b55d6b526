import type { Command } from 'commander';
import { allContracts } from '@jenjang/contracts';
import type { CliConfig } from '../config';
import { formatEvent, readEvent, type ReadableEvent } from '../events';
import { kafkaFor, readRanges, remaining, wholeTopic, withAdmin } from '../kafka';
import { out, say } from '../output';
import { progressBar } from '../progress';

/**
 * An employee's journey across the services, told by the public events about them (every event
 * is keyed by the employee id), oldest first: what each service did and why, without calling any
 * service. Reads every retained event (90 days), so it is an operator's tool, not an API.
 */
export function registerJourney(program: Command, config: () => CliConfig): void {
  program
    .command('journey <employeeId>')
    .description("show an employee's journey across the services from the public events")
    .option('--json', 'print the events as JSON lines')
    .action(async (employeeId: string, opts: { json?: boolean }) => {
      const kafka = kafkaFor(config().brokers);
      const topics = allContracts().map((c) => c.topic);
      const plans = await withAdmin(kafka, async (admin) =>
        Promise.all(
          topics.map(async (topic) => ({ topic, ranges: await wholeTopic(admin, topic) })),
        ),
      );
      const total = plans.reduce((sum, p) => sum + remaining(p.ranges), 0);
      const bar = progressBar('scanning', total);
      const found: ReadableEvent[] = [];
      for (const plan of plans) {
        await readRanges(kafka, plan.topic, plan.ranges, (partition, message) => {
          bar.increment();
          if (message.key?.toString() === employeeId) {
            found.push(readEvent(plan.topic, partition, message));
          }
        });
      }
      bar.stop();
      found.sort((a, b) => a.time.localeCompare(b.time));
      say(`${found.length} event(s) about ${employeeId} among ${total} retained`);
      for (const event of found) out(opts.json ? JSON.stringify(event) : formatEvent(event));
    });
}
