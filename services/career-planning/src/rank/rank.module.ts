import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { CsvBodyMiddleware } from '@jenjang/platform';
import { PlacementModule } from '../placement/placement.module';
import { RecognitionModule } from '../recognition/recognition.module';
import { TalentModule } from '../talent/talent.module';
import { PromotionController, PromotionSettingsController } from './promotion.controller';
import { PromotionEligibilityService } from './promotion-eligibility.service';
import { PromotionRepository } from './promotion.repository';
import { PromotionScheduler } from './promotion.scheduler';
import { PromotionService } from './promotion.service';
import { PromotionSettingsRepository } from './promotion-settings.repository';
import { RankImportController } from './rank-import.controller';
import { RankController } from './rank.controller';
import { RankRepository } from './rank.repository';
import { RankService } from './rank.service';

/** Pangkat/golongan, kenaikan pangkat eligibility per period, and the merit transparency setting. */
@Module({
  imports: [PlacementModule, TalentModule, RecognitionModule],
  controllers: [
    RankController,
    RankImportController,
    PromotionController,
    PromotionSettingsController,
  ],
  providers: [
    RankService,
    RankRepository,
    PromotionService,
    PromotionEligibilityService,
    PromotionScheduler,
    PromotionRepository,
    PromotionSettingsRepository,
  ],
  exports: [RankRepository, PromotionSettingsRepository],
})
export class RankModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CsvBodyMiddleware).forRoutes(RankImportController);
  }
}
