import { Module } from '@nestjs/common';
import { OrgChartModule } from '@jenjang/platform';
import { AgencyModule } from '../agency/agency.module';
import { AppraisalReportRepository } from './appraisal-report.repository';
import { ReportController } from './report.controller';
import { ReportService } from './report.service';
import { SkpReportRepository } from './skp-report.repository';
import { WorkReminderRepository } from './work-reminder.repository';
import { WorkReminderScheduler } from './work-reminder.scheduler';
import { WorkReminderService } from './work-reminder.service';

/** Agency reports over the SKPs and appraisals, and the daily reminder of late work. */
@Module({
  imports: [AgencyModule, OrgChartModule],
  controllers: [ReportController],
  providers: [
    ReportService,
    AppraisalReportRepository,
    SkpReportRepository,
    WorkReminderRepository,
    WorkReminderService,
    WorkReminderScheduler,
  ],
})
export class ReportModule {}
