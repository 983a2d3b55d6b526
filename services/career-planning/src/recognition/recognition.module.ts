import { Module } from '@nestjs/common';
import { RecognitionController } from './recognition.controller';
import { RecognitionRepository } from './recognition.repository';
import { RecognitionService } from './recognition.service';

/** Awards (penghargaan) and innovations, counted in talent decisions. */
@Module({
  controllers: [RecognitionController],
  providers: [RecognitionService, RecognitionRepository],
  exports: [RecognitionService],
})
export class RecognitionModule {}
