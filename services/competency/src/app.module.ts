import { type DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, ServiceRuntimeModule } from '@jenjang/platform';
import { version } from '../package.json';
import { AboutModule } from './about/about.module';
import { AppraisalNeedsModule } from './appraisal-needs/appraisal-needs.module';
import type { CompetencyConfig } from './config/competency.config';
import { DictionaryModule } from './dictionary/dictionary.module';
import { PROFILE_COLLECTION } from './profile/profile.schema';
import { ProfileModule } from './profile/profile.module';
import { ReportModule } from './report/report.module';
import { SettingsModule } from './settings/settings.module';
import { StandardModule } from './standard/standard.module';
import { TrainingModule } from './training/training.module';

@Module({})
export class AppModule {
  static forRoot(config: CompetencyConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forService(config, { version }),
        // gaps-assessed events wait in the profile documents for the outbox relay.
        ServiceRuntimeModule.forService(config, { outboxCollections: [PROFILE_COLLECTION] }),
        AboutModule,
        DictionaryModule,
        StandardModule,
        AppraisalNeedsModule,
        ProfileModule,
        TrainingModule,
        ReportModule,
        SettingsModule,
      ],
    };
  }
}
