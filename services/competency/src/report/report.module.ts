import { Module } from '@nestjs/common';
import { DictionaryModule } from '../dictionary/dictionary.module';
import { ProfileModule } from '../profile/profile.module';
import { SettingsModule } from '../settings/settings.module';
import { StandardModule } from '../standard/standard.module';
import { ReportController } from './report.controller';
import { ReportService } from './report.service';

@Module({
  imports: [ProfileModule, StandardModule, DictionaryModule, SettingsModule],
  controllers: [ReportController],
  providers: [ReportService],
})
export class ReportModule {}
