import { Module } from '@nestjs/common';
import { AgencyModule } from '../agency/agency.module';
import { SkpModule } from '../skp/skp.module';
import { AppraisalController } from './appraisal.controller';
import { AppraisalRepository } from './appraisal.repository';
import { AppraisalService } from './appraisal.service';
import { FinalizationScheduler } from './finalization.scheduler';

@Module({
  imports: [SkpModule, AgencyModule],
  controllers: [AppraisalController],
  providers: [AppraisalService, AppraisalRepository, FinalizationScheduler],
  exports: [AppraisalService, FinalizationScheduler],
})
export class AppraisalModule {}
