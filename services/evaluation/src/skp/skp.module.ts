import { Module } from '@nestjs/common';
import { OrgChartModule } from '@jenjang/platform';
import { SkpController } from './skp.controller';
import { SkpRepository } from './skp.repository';
import { SkpService } from './skp.service';

@Module({
  imports: [OrgChartModule],
  controllers: [SkpController],
  providers: [SkpService, SkpRepository],
  exports: [SkpService, SkpRepository],
})
export class SkpModule {}
