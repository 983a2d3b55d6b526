import { Module } from '@nestjs/common';
import { PlacementModule } from '../placement/placement.module';
import { PositionModule } from '../position/position.module';
import { TalentModule } from '../talent/talent.module';
import { DevelopmentService } from './development.service';
import { PlanConsumer } from './plan.consumer';
import { PlanController } from './plan.controller';
import { PlanRepository } from './plan.repository';
import { PlanService } from './plan.service';

@Module({
  imports: [PositionModule, PlacementModule, TalentModule],
  controllers: [PlanController, PlanConsumer],
  providers: [PlanService, PlanRepository, DevelopmentService],
  exports: [PlanService, PlanRepository],
})
export class PlanModule {}
