import { Module } from '@nestjs/common';
import { AgencyModule } from '../agency/agency.module';
import { InboxModule } from '../inbox/inbox.module';
import { EmailChannel } from './email.channel';
import { InAppChannel } from './in-app.channel';
import { NOTICE_CHANNELS, type NoticeChannel } from './notice-channel';
import { WebhookChannel } from './webhook.channel';

// Every channel the dispatcher may use. A new one (SMS, WhatsApp) is one class added here.
const CHANNEL_CLASSES = [InAppChannel, EmailChannel, WebhookChannel];

@Module({
  imports: [AgencyModule, InboxModule],
  providers: [
    ...CHANNEL_CLASSES,
    {
      provide: NOTICE_CHANNELS,
      useFactory: (...channels: NoticeChannel[]) => channels,
      inject: CHANNEL_CLASSES,
    },
  ],
  exports: [EmailChannel, NOTICE_CHANNELS],
})
export class ChannelModule {}
