import { type DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, ServiceRuntimeModule } from '@jenjang/platform';
import { version } from '../package.json';
import { AboutModule } from './about/about.module';
import type { EvaluationConfig } from './config/evaluation.config';
import { AgencyModule } from './agency/agency.module';
import { APPRAISAL_COLLECTION } from './appraisal/appraisal.schema';
import { AppraisalModule } from './appraisal/appraisal.module';
import { ImportModule } from './import/import.module';
import { ReportModule } from './report/report.module';
import { WORK_REMINDER_COLLECTION } from './report/work-reminder.repository';
import { SKP_COLLECTION } from './skp/skp.schema';
import { SkpModule } from './skp/skp.module';

@Module({})
export class AppModule {
  static forRoot(config: EvaluationConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forService(config, { version }),
        // Aggregates whose pending events the outbox relay publishes.
        ServiceRuntimeModule.forService(config, {
          outboxCollections: [SKP_COLLECTION, APPRAISAL_COLLECTION, WORK_REMINDER_COLLECTION],
        }),
        AboutModule,
        SkpModule,
        AgencyModule,
        AppraisalModule,
        ImportModule,
        ReportModule,
      ],
    };
  }
}
