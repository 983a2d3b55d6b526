import { Module } from '@nestjs/common';
import { PlacementModule } from '../placement/placement.module';
import { PlanModule } from '../plan/plan.module';
import { PositionModule } from '../position/position.module';
import { RankModule } from '../rank/rank.module';
import { TalentModule } from '../talent/talent.module';
import {
  RotationController,
  RotationReportController,
  RotationSettingsController,
} from './rotation.controller';
import { RotationRepository, RotationSettingsRepository } from './rotation.repository';
import { RotationScheduler } from './rotation.scheduler';
import { RotationReviewService } from './rotation-review.service';
import { RotationService } from './rotation.service';

@Module({
  imports: [PositionModule, PlacementModule, TalentModule, PlanModule, RankModule],
  controllers: [RotationController, RotationReportController, RotationSettingsController],
  providers: [
    RotationService,
    RotationReviewService,
    RotationRepository,
    RotationSettingsRepository,
    RotationScheduler,
  ],
})
export class RotationModule {}
