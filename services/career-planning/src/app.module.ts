import { type DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, ServiceRuntimeModule } from '@jenjang/platform';
import { version } from '../package.json';
import { AboutModule } from './about/about.module';
import type { CareerPlanningConfig } from './config/career-planning.config';
import { ImportModule } from './import/import.module';
import { PLACEMENT_COLLECTION } from './placement/placement.schema';
import { PlacementModule } from './placement/placement.module';
import { PlanModule } from './plan/plan.module';
import { PROMOTION_COLLECTION } from './rank/promotion.schema';
import { RankModule } from './rank/rank.module';
import { RecognitionModule } from './recognition/recognition.module';
import { PositionModule } from './position/position.module';
import { ReportModule } from './report/report.module';
import { RotationModule } from './rotation/rotation.module';
import { ROTATION_COLLECTION } from './rotation/rotation.schema';
import { SuccessionModule } from './succession/succession.module';
import { TALENT_PROFILE_COLLECTION } from './talent/talent-profile.schema';
import { TalentModule } from './talent/talent.module';

@Module({})
export class AppModule {
  static forRoot(config: CareerPlanningConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forService(config, { version }),
        // Aggregates whose pending events the outbox relay publishes.
        ServiceRuntimeModule.forService(config, {
          outboxCollections: [
            PLACEMENT_COLLECTION,
            TALENT_PROFILE_COLLECTION,
            PROMOTION_COLLECTION,
            ROTATION_COLLECTION,
          ],
        }),
        AboutModule,
        PositionModule,
        PlacementModule,
        ImportModule,
        TalentModule,
        PlanModule,
        SuccessionModule,
        RotationModule,
        ReportModule,
        RecognitionModule,
        RankModule,
      ],
    };
  }
}
