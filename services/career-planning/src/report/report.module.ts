import { Module } from '@nestjs/common';
import { PlacementModule } from '../placement/placement.module';
import { PlanModule } from '../plan/plan.module';
import { PositionModule } from '../position/position.module';
import { SuccessionModule } from '../succession/succession.module';
import { TalentModule } from '../talent/talent.module';
import { ReportController } from './report.controller';
import { ReportService } from './report.service';

@Module({
  imports: [TalentModule, PositionModule, SuccessionModule, PlanModule, PlacementModule],
  controllers: [ReportController],
  providers: [ReportService],
})
export class ReportModule {}
