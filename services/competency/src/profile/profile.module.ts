import { Module } from '@nestjs/common';
import { OrgChartModule } from '@jenjang/platform';
import { AppraisalNeedsModule } from '../appraisal-needs/appraisal-needs.module';
import { DictionaryModule } from '../dictionary/dictionary.module';
import { SettingsModule } from '../settings/settings.module';
import { StandardModule } from '../standard/standard.module';
import { AppraisalConsumer } from './appraisal.consumer';
import { GapAssessmentService } from './gap-assessment.service';
import { HolderReassessmentService } from './holder-reassessment.service';
import { ProfileController } from './profile.controller';
import { ProfileRepository } from './profile.repository';
import { ProfileService } from './profile.service';

/** Profiles, their assessment (gap analysis) and the appraisals that change them. */
@Module({
  imports: [OrgChartModule, DictionaryModule, StandardModule, AppraisalNeedsModule, SettingsModule],
  controllers: [ProfileController, AppraisalConsumer],
  providers: [ProfileRepository, ProfileService, GapAssessmentService, HolderReassessmentService],
  exports: [ProfileRepository, GapAssessmentService],
})
export class ProfileModule {}
