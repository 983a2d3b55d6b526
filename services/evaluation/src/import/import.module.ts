import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { AgencyModule } from '../agency/agency.module';
import { AppraisalModule } from '../appraisal/appraisal.module';
import { CsvBodyMiddleware } from '@jenjang/platform';
import { ImportController } from './import.controller';
import { ImportRepository } from './import.repository';
import { ImportService } from './import.service';
import { ImportWriterService } from './import-writer.service';
import { ImportedRecordsRepository } from './imported-records.repository';

/** Bulk import of SKPs and final results from national e-Kinerja / SIASN CSV exports. */
@Module({
  imports: [AgencyModule, AppraisalModule],
  controllers: [ImportController],
  providers: [ImportService, ImportWriterService, ImportRepository, ImportedRecordsRepository],
})
export class ImportModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CsvBodyMiddleware).forRoutes(ImportController);
  }
}
