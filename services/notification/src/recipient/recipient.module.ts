import {
  Logger,
  type MiddlewareConsumer,
  Module,
  type NestModule,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { CsvBodyMiddleware } from '@jenjang/platform';
import { RecipientImportController } from './recipient-import.controller';
import { RecipientImportService } from './recipient-import.service';
import { RecipientConsumer } from './recipient.consumer';
import { RecipientController } from './recipient.controller';
import { RecipientRepository } from './recipient.repository';
import { RecipientService } from './recipient.service';
import { TeamRosterRepository } from './team-roster.repository';

/** The directory of recipients per agency: API, CSV import and employee-placed events. */
@Module({
  controllers: [RecipientController, RecipientImportController, RecipientConsumer],
  providers: [RecipientRepository, RecipientService, RecipientImportService, TeamRosterRepository],
  exports: [RecipientRepository],
})
export class RecipientModule implements NestModule, OnApplicationBootstrap {
  private readonly logger = new Logger(RecipientModule.name);

  constructor(private readonly recipients: RecipientRepository) {}

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CsvBodyMiddleware).forRoutes(RecipientImportController);
  }

  /** The teams' rosters from the directory (see RecipientRepository.sweepRosters). */
  async onApplicationBootstrap(): Promise<void> {
    try {
      const members = await this.recipients.sweepRosters();
      if (members > 0) this.logger.log(`team rosters swept: ${members} membership(s)`);
    } catch (error) {
      // The writes keep the rosters from now on; what the sweep missed waits for the next start.
      this.logger.error(`team rosters not swept: ${(error as Error).message}`);
    }
  }
}
