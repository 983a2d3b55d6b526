import { Module } from '@nestjs/common';
import { CatalogController } from './catalog.controller';
import { OpenCatalogCache, ProgramRepository, SessionRepository } from './catalog.repository';
import { CatalogService } from './catalog.service';

@Module({
  controllers: [CatalogController],
  providers: [CatalogService, OpenCatalogCache, ProgramRepository, SessionRepository],
  exports: [CatalogService, OpenCatalogCache, ProgramRepository, SessionRepository],
})
export class CatalogModule {}
