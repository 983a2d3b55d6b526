import { Module } from '@nestjs/common';
import { OrgChartModule } from '@jenjang/platform';
import { AgencyModule } from '../agency/agency.module';
import { SkpModule } from '../skp/skp.module';
import { AppraisalDecisionService } from './appraisal-decision.service';
import { AppraisalOpeningService } from './appraisal-opening.service';
import { AppraisalQueryService } from './appraisal-query.service';
import { AppraisalWorkService } from './appraisal-work.service';
import { AppraisalController } from './appraisal.controller';
import { AppraisalRepository } from './appraisal.repository';
import { FinalizationScheduler } from './finalization.scheduler';
import { UnitStaffRepository } from './unit-staff.repository';
import { UnitStaffService } from './unit-staff.service';

// One service per use case (opening, the period's work, the predikat and its decisions, reads).
@Module({
  imports: [SkpModule, AgencyModule, OrgChartModule],
  controllers: [AppraisalController],
  providers: [
    AppraisalRepository,
    AppraisalQueryService,
    AppraisalOpeningService,
    AppraisalWorkService,
    AppraisalDecisionService,
    FinalizationScheduler,
    UnitStaffRepository,
    UnitStaffService,
  ],
  exports: [
    AppraisalQueryService,
    AppraisalDecisionService,
    FinalizationScheduler,
    UnitStaffService,
  ],
})
export class AppraisalModule {}
