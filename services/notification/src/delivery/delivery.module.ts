import { Module } from '@nestjs/common';
import { AgencyModule } from '../agency/agency.module';
import { ChannelModule } from '../channel/channel.module';
import { RecipientModule } from '../recipient/recipient.module';
import { RuleModule } from '../rule/rule.module';
import { TemplateModule } from '../template/template.module';
import { DeliveryDispatcher } from './delivery.dispatcher';
import { DeliveryRepository } from './delivery.repository';
import { DigestSender } from './digest.sender';
import { NoticeService } from './notice.service';
import { NotificationConsumer } from './notification.consumer';

@Module({
  imports: [AgencyModule, ChannelModule, RecipientModule, RuleModule, TemplateModule],
  controllers: [NotificationConsumer],
  providers: [DeliveryRepository, DeliveryDispatcher, DigestSender, NoticeService],
  exports: [DeliveryRepository, DeliveryDispatcher, NoticeService],
})
export class DeliveryModule {}
