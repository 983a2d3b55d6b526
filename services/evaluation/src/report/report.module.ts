import { Module } from '@nestjs/common';
import { AgencyModule } from '../agency/agency.module';
import { AppraisalReportRepository } from './appraisal-report.repository';
import { ReportController } from './report.controller';
import { ReportService } from './report.service';
import { SkpReportRepository } from './skp-report.repository';

/** Read-only agency reports over the SKPs and appraisals. */
@Module({
  imports: [AgencyModule],
  controllers: [ReportController],
  providers: [ReportService, AppraisalReportRepository, SkpReportRepository],
})
export class ReportModule {}
