import { Module } from '@nestjs/common';
import { ChannelModule } from '../channel/channel.module';
import { AgencySettingsController } from './agency-settings.controller';

@Module({
  imports: [ChannelModule],
  controllers: [AgencySettingsController],
})
export class AgencyModule {}
