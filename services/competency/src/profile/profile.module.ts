import { Module } from '@nestjs/common';
import { OrgChartModule } from '@jenjang/platform';
import { AppraisalConsumer } from '../appraisal-needs/appraisal.consumer';
import { AppraisalNeedsModule } from '../appraisal-needs/appraisal-needs.module';
import { DictionaryModule } from '../dictionary/dictionary.module';
import { GapAssessmentService } from '../gap/gap-assessment.service';
import { SettingsModule } from '../settings/settings.module';
import { StandardModule } from '../standard/standard.module';
import { TrainingConsumer } from '../training/training.consumer';
import { HolderReassessmentService } from './holder-reassessment.service';
import { ProfileController } from './profile.controller';
import { ProfileRepository } from './profile.repository';
import { ProfileService } from './profile.service';

/** Profiles, their assessment (gap analysis) and the events that change them. */
@Module({
  imports: [OrgChartModule, DictionaryModule, StandardModule, AppraisalNeedsModule, SettingsModule],
  controllers: [ProfileController, AppraisalConsumer, TrainingConsumer],
  providers: [ProfileRepository, ProfileService, GapAssessmentService, HolderReassessmentService],
  exports: [ProfileRepository],
})
export class ProfileModule {}
