import { Module } from '@nestjs/common';
import { CompetencyRepository } from './competency.repository';
import { DictionaryController } from './dictionary.controller';
import { DictionaryService } from './dictionary.service';

@Module({
  controllers: [DictionaryController],
  providers: [CompetencyRepository, DictionaryService],
  exports: [DictionaryService],
})
export class DictionaryModule {}
