import { Command } from 'commander';
import { registerDlq } from './commands/dlq';
import { registerImport } from './commands/import';
import { registerJourney } from './commands/journey';
import { registerReplay } from './commands/replay';
import { registerSeed } from './commands/seed';
import { registerTail } from './commands/tail';
import { registerToken } from './commands/token';
import { loadConfig } from './config';
import { say } from './output';

const program = new Command('jenjang')
  .description(
    'Operators’ tool for the Jenjang platform. Kafka from $KAFKA_BROKERS (default 127.0.0.1:29092); ' +
      'services from $EVALUATION_URL … $NOTIFICATION_URL (default ports 3001–3005).',
  )
  .showHelpAfterError();

registerSeed(program);
registerImport(program, loadConfig);
registerToken(program);
registerJourney(program, loadConfig);
registerTail(program, loadConfig);
registerReplay(program, loadConfig);
registerDlq(program, loadConfig);

program.parseAsync(process.argv).then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    say(`jenjang: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
