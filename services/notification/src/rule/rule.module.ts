import { Module } from '@nestjs/common';
import { RuleController } from './rule.controller';
import { RuleRepository } from './rule.repository';
import { RuleService } from './rule.service';

/** Rules (event → notice), as data an admin can read and change. */
@Module({
  controllers: [RuleController],
  providers: [RuleRepository, RuleService],
  exports: [RuleService],
})
export class RuleModule {}
