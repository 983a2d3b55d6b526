import { Module } from '@nestjs/common';
import { PlacementModule } from '../placement/placement.module';
import { PositionModule } from '../position/position.module';
import { RankModule } from '../rank/rank.module';
import { RecognitionModule } from '../recognition/recognition.module';
import { TalentModule } from '../talent/talent.module';
import { SuccessionController } from './succession.controller';
import { SuccessionRepository } from './succession.repository';
import { SuccessionService } from './succession.service';

@Module({
  imports: [PositionModule, PlacementModule, TalentModule, RankModule, RecognitionModule],
  controllers: [SuccessionController],
  providers: [SuccessionService, SuccessionRepository],
  exports: [SuccessionRepository],
})
export class SuccessionModule {}
