import { Module } from '@nestjs/common';
import { PositionModule } from '../position/position.module';
import { PlacementController } from './placement.controller';
import { PlacementRepository } from './placement.repository';
import { PlacementService } from './placement.service';

@Module({
  imports: [PositionModule],
  controllers: [PlacementController],
  providers: [PlacementService, PlacementRepository],
  exports: [PlacementService, PlacementRepository],
})
export class PlacementModule {}
