import { Module } from '@nestjs/common';
import { AgencySettingsController } from './agency-settings.controller';
import { AgencySettingsRepository } from './agency-settings.repository';

@Module({
  controllers: [AgencySettingsController],
  providers: [AgencySettingsRepository],
  exports: [AgencySettingsRepository],
})
export class AgencyModule {}
