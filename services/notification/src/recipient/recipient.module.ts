import { Module } from '@nestjs/common';
import { RecipientController } from './recipient.controller';
import { RecipientRepository } from './recipient.repository';
import { RecipientService } from './recipient.service';

@Module({
  controllers: [RecipientController],
  providers: [RecipientRepository, RecipientService],
  exports: [RecipientRepository],
})
export class RecipientModule {}
