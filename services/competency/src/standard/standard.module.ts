import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { CsvBodyMiddleware } from '@jenjang/platform';
import { DictionaryModule } from '../dictionary/dictionary.module';
import { PositionStandardController } from './position-standard.controller';
import { PositionStandardRepository } from './position-standard.repository';
import { PositionStandardService } from './position-standard.service';
import { StandardChangeHooks } from './standard-change.hooks';
import { StandardImportController } from './standard-import.controller';
import { StandardImportService } from './standard-import.service';

@Module({
  imports: [DictionaryModule],
  controllers: [PositionStandardController, StandardImportController],
  providers: [
    PositionStandardRepository,
    PositionStandardService,
    StandardImportService,
    StandardChangeHooks,
  ],
  exports: [PositionStandardService, StandardChangeHooks],
})
export class StandardModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CsvBodyMiddleware).forRoutes(StandardImportController);
  }
}
