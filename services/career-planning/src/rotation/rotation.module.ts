import { Module } from '@nestjs/common';
import { PlacementModule } from '../placement/placement.module';
import { PlanModule } from '../plan/plan.module';
import { PositionModule } from '../position/position.module';
import { TalentModule } from '../talent/talent.module';
import { RotationController } from './rotation.controller';
import { RotationRepository } from './rotation.repository';
import { RotationService } from './rotation.service';

@Module({
  imports: [PositionModule, PlacementModule, TalentModule, PlanModule],
  controllers: [RotationController],
  providers: [RotationService, RotationRepository],
})
export class RotationModule {}
