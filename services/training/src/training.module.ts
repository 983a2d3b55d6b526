import { Module } from '@nestjs/common';
import { OrgChartModule } from '@jenjang/platform';
import { TrainingSettingsRepository } from './agency/agency-settings';
import { TrainingSettingsController } from './agency/training-settings.controller';
import { TrainingSettingsService } from './agency/training-settings.service';
import { CatalogModule } from './catalog/catalog.module';
import { EffectivenessController } from './effectiveness/effectiveness.controller';
import { EffectivenessService } from './effectiveness/effectiveness.service';
import { EnrollmentController } from './enrollment/enrollment.controller';
import { EnrollmentRepository } from './enrollment/enrollment.repository';
import { EnrollmentService } from './enrollment/enrollment.service';
import { JpReminderRepository } from './jp/jp-reminder.repository';
import { JpReminderScheduler } from './jp/jp-reminder.scheduler';
import { JpController } from './jp/jp.controller';
import { JpService } from './jp/jp.service';
import { PeopleModule } from './people/people.module';
import { SurveyConsumer } from './survey/survey.consumer';
import { SurveyController, SurveySettingsController } from './survey/survey.controller';
import { SurveyRepository, SurveySettingsRepository } from './survey/survey.repository';
import { SurveyScheduler } from './survey/survey.scheduler';
import { SurveyService } from './survey/survey.service';
import { RecommendationDecisions } from './recommendation/recommendation-decisions.service';
import { RecommendationReportController } from './recommendation/recommendation-report.controller';
import { RecommendationReportService } from './recommendation/recommendation-report.service';
import { RecommendationConsumer } from './recommendation/recommendation.consumer';
import { RecommendationController } from './recommendation/recommendation.controller';
import { RecommendationSetRepository } from './recommendation/recommendation.repository';
import { RecommendationScheduler } from './recommendation/recommendation.scheduler';
import { RecommendationService } from './recommendation/recommendation.service';

// Recommendations, enrollment and JP lean on each other (a recommendation needs the JP earned and
// the completions; enrollment counts JP), so they share one module over the catalog.
@Module({
  imports: [CatalogModule, PeopleModule, OrgChartModule],
  controllers: [
    RecommendationConsumer,
    RecommendationController,
    RecommendationReportController,
    EnrollmentController,
    JpController,
    TrainingSettingsController,
    EffectivenessController,
    SurveyController,
    SurveySettingsController,
    SurveyConsumer,
  ],
  providers: [
    TrainingSettingsRepository,
    TrainingSettingsService,
    EffectivenessService,
    EnrollmentRepository,
    EnrollmentService,
    JpReminderRepository,
    JpService,
    JpReminderScheduler,
    RecommendationSetRepository,
    RecommendationService,
    RecommendationDecisions,
    RecommendationReportService,
    RecommendationScheduler,
    SurveyRepository,
    SurveySettingsRepository,
    SurveyService,
    SurveyScheduler,
  ],
  exports: [RecommendationScheduler, JpService, RecommendationService, SurveyService],
})
export class TrainingModule {}
