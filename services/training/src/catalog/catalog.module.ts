import { Module } from '@nestjs/common';
import { CatalogController } from './catalog.controller';
import { ProgramRepository, SessionRepository } from './catalog.repository';
import { CatalogService } from './catalog.service';

@Module({
  controllers: [CatalogController],
  providers: [CatalogService, ProgramRepository, SessionRepository],
  exports: [CatalogService, ProgramRepository, SessionRepository],
})
export class CatalogModule {}
