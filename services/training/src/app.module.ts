import { type DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, ServiceRuntimeModule } from '@jenjang/platform';
import { version } from '../package.json';
import { AboutModule } from './about/about.module';
import { TrainingConfigModule } from './config/training-config.module';
import type { TrainingConfig } from './config/training.config';
import { CatalogImportModule } from './import/catalog-import.module';
import { ENROLLMENT_COLLECTION } from './enrollment/enrollment.schema';
import { JP_REMINDER_COLLECTION } from './jp/jp-reminder.repository';
import { RECOMMENDATION_SET_COLLECTION } from './recommendation/recommendation.schema';
import { SURVEY_COLLECTION } from './survey/survey.schema';
import { TrainingModule } from './training.module';

@Module({})
export class AppModule {
  static forRoot(config: TrainingConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forService(config, { version }),
        // Aggregates whose pending events the outbox relay publishes.
        ServiceRuntimeModule.forService(config, {
          outboxCollections: [
            RECOMMENDATION_SET_COLLECTION,
            ENROLLMENT_COLLECTION,
            JP_REMINDER_COLLECTION,
            SURVEY_COLLECTION,
          ],
        }),
        TrainingConfigModule.forRoot(config),
        AboutModule,
        TrainingModule,
        CatalogImportModule,
      ],
    };
  }
}
