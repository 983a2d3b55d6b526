import { Module } from '@nestjs/common';
import { RuleModule } from '../rule/rule.module';
import { TemplateController } from './template.controller';
import { TemplateRepository } from './template.repository';
import { TemplateService } from './template.service';

/** The templates rules render, as data an admin can read and change. */
@Module({
  imports: [RuleModule],
  controllers: [TemplateController],
  providers: [TemplateRepository, TemplateService],
  exports: [TemplateService],
})
export class TemplateModule {}
