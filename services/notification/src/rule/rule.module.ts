import { Module } from '@nestjs/common';
import { TemplateRepository } from '../template/template.repository';
import { TemplateService } from '../template/template.service';
import { RuleRepository } from './rule.repository';
import { RuleService } from './rule.service';

/** Rules (event → notice) and the templates they render, both as data an admin can read. */
@Module({
  providers: [RuleRepository, RuleService, TemplateRepository, TemplateService],
  exports: [RuleService, TemplateService],
})
export class RuleModule {}
