import { type DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, ServiceRuntimeModule } from '@jenjang/platform';
import { version } from '../package.json';
import { AboutModule } from './about/about.module';
import { AdminModule } from './admin/admin.module';
import { AgencyModule } from './agency/agency.module';
import { NotificationConfigModule } from './config/notification-config.module';
import type { NotificationConfig } from './config/notification.config';
import { DELIVERY_COLLECTION } from './delivery/delivery.schema';
import { DeliveryModule } from './delivery/delivery.module';
import { InboxModule } from './inbox/inbox.module';
import { RecipientModule } from './recipient/recipient.module';

@Module({})
export class AppModule {
  static forRoot(config: NotificationConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forService(config, { version }),
        // Deliveries carry their delivered/failed events in an outbox.
        ServiceRuntimeModule.forService(config, { outboxCollections: [DELIVERY_COLLECTION] }),
        NotificationConfigModule.forRoot(config),
        AboutModule,
        RecipientModule,
        DeliveryModule,
        InboxModule,
        AdminModule,
        AgencyModule,
      ],
    };
  }
}
