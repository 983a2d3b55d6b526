import { Module } from '@nestjs/common';
import { PlanModule } from '../plan/plan.module';
import { PositionModule } from '../position/position.module';
import { SuccessionModule } from '../succession/succession.module';
import { TalentModule } from '../talent/talent.module';
import { ReportController } from './report.controller';
import { ReportService } from './report.service';

@Module({
  imports: [TalentModule, PositionModule, SuccessionModule, PlanModule],
  controllers: [ReportController],
  providers: [ReportService],
})
export class ReportModule {}
