import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { CsvBodyMiddleware } from '@jenjang/platform';
import { PlacementModule } from '../placement/placement.module';
import { PositionModule } from '../position/position.module';
import { TalentModule } from '../talent/talent.module';
import { ImportController } from './import.controller';
import { ImportService } from './import.service';

/**
 * Bulk import of the position catalog and placement history from SIASN CSV exports, and of
 * potential assessments from the agency's assessment-centre spreadsheets.
 */
@Module({
  imports: [PositionModule, PlacementModule, TalentModule],
  controllers: [ImportController],
  providers: [ImportService],
})
export class ImportModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CsvBodyMiddleware).forRoutes(ImportController);
  }
}
