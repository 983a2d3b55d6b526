import { Module } from '@nestjs/common';
import { ChannelModule } from '../channel/channel.module';
import { InboxController } from './inbox.controller';
import { InboxService } from './inbox.service';

@Module({
  imports: [ChannelModule],
  controllers: [InboxController],
  providers: [InboxService],
})
export class InboxModule {}
