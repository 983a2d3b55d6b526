import { Module } from '@nestjs/common';
import { AgencySettingsController } from './agency-settings.controller';
import { AgencySettingsRepository } from './agency-settings.repository';
import { AgencySettingsService } from './agency-settings.service';
import { OrganisationPredikatController } from './organisation-predikat.controller';
import { OrganisationPredikatService } from './organisation-predikat.service';
import { UnitPerformanceRepository } from './unit-performance.repository';

/** The agency's evaluation configuration; AgencySettingsService is what other modules use. */
@Module({
  controllers: [AgencySettingsController, OrganisationPredikatController],
  providers: [
    AgencySettingsService,
    OrganisationPredikatService,
    AgencySettingsRepository,
    UnitPerformanceRepository,
  ],
  exports: [AgencySettingsService],
})
export class AgencyModule {}
