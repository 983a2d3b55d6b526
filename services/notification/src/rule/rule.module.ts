import { Module } from '@nestjs/common';
import { TemplateController } from '../template/template.controller';
import { TemplateRepository } from '../template/template.repository';
import { TemplateService } from '../template/template.service';
import { RuleController } from './rule.controller';
import { RuleRepository } from './rule.repository';
import { RuleService } from './rule.service';

/** Rules (event → notice) and the templates they render, both as data an admin can read. */
@Module({
  controllers: [RuleController, TemplateController],
  providers: [RuleRepository, RuleService, TemplateRepository, TemplateService],
  exports: [RuleService, TemplateService],
})
export class RuleModule {}
