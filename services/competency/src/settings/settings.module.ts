import { Module } from '@nestjs/common';
import { AssessmentSettingsController } from './assessment-settings.controller';
import { AssessmentSettingsRepository } from './assessment-settings.repository';
import { AssessmentSettingsService } from './assessment-settings.service';

@Module({
  controllers: [AssessmentSettingsController],
  providers: [AssessmentSettingsRepository, AssessmentSettingsService],
  exports: [AssessmentSettingsService],
})
export class SettingsModule {}
