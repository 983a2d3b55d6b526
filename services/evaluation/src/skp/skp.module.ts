import { Module } from '@nestjs/common';
import { SkpController } from './skp.controller';
import { SkpRepository } from './skp.repository';
import { SkpService } from './skp.service';

@Module({
  controllers: [SkpController],
  providers: [SkpService, SkpRepository],
  exports: [SkpService, SkpRepository],
})
export class SkpModule {}
