import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { CsvBodyMiddleware } from '@jenjang/platform';
import { RecipientImportController } from './recipient-import.controller';
import { RecipientImportService } from './recipient-import.service';
import { RecipientConsumer } from './recipient.consumer';
import { RecipientController } from './recipient.controller';
import { RecipientRepository } from './recipient.repository';
import { RecipientService } from './recipient.service';

/** The directory of recipients per agency: API, CSV import and employee-placed events. */
@Module({
  controllers: [RecipientController, RecipientImportController, RecipientConsumer],
  providers: [RecipientRepository, RecipientService, RecipientImportService],
  exports: [RecipientRepository],
})
export class RecipientModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CsvBodyMiddleware).forRoutes(RecipientImportController);
  }
}
