import { Module } from '@nestjs/common';
import { DictionaryModule } from '../dictionary/dictionary.module';
import { AppraisalMappingController } from './appraisal-mapping.controller';
import { AppraisalMappingRepository } from './appraisal-mapping.repository';
import { AppraisalMappingService } from './appraisal-mapping.service';

@Module({
  imports: [DictionaryModule],
  controllers: [AppraisalMappingController],
  providers: [AppraisalMappingRepository, AppraisalMappingService],
  exports: [AppraisalMappingService],
})
export class AppraisalNeedsModule {}
