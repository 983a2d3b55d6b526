import { Module } from '@nestjs/common';
import { PlacementModule } from '../placement/placement.module';
import { TalentConsumer } from './talent.consumer';
import { TalentController, TalentSettingsController } from './talent.controller';
import { TalentProfileRepository } from './talent-profile.repository';
import { TalentSettingsRepository } from './talent-settings.repository';
import { TalentService } from './talent.service';

@Module({
  imports: [PlacementModule],
  controllers: [TalentController, TalentSettingsController, TalentConsumer],
  providers: [TalentService, TalentProfileRepository, TalentSettingsRepository],
  exports: [TalentService, TalentProfileRepository, TalentSettingsRepository],
})
export class TalentModule {}
