import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { CsvBodyMiddleware } from '@jenjang/platform';
import { CatalogModule } from '../catalog/catalog.module';
import { CatalogImportController } from './catalog-import.controller';
import { CatalogImportService } from './catalog-import.service';

/** CSV import of the catalog (programs and sessions). */
@Module({
  imports: [CatalogModule],
  controllers: [CatalogImportController],
  providers: [CatalogImportService],
})
export class CatalogImportModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CsvBodyMiddleware).forRoutes(CatalogImportController);
  }
}
