import { Module } from '@nestjs/common';
import { AgencySettingsController } from './agency-settings.controller';
import { AgencySettingsRepository } from './agency-settings.repository';
import { AgencySettingsService } from './agency-settings.service';

@Module({
  controllers: [AgencySettingsController],
  providers: [AgencySettingsRepository, AgencySettingsService],
  exports: [AgencySettingsRepository],
})
export class AgencyModule {}
