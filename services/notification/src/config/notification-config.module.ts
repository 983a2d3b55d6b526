import { type DynamicModule, Module } from '@nestjs/common';
import { NOTIFICATION_CONFIG, type NotificationConfig } from './notification.config';

/** The validated configuration, injectable everywhere as NOTIFICATION_CONFIG. */
@Module({})
export class NotificationConfigModule {
  static forRoot(config: NotificationConfig): DynamicModule {
    return {
      module: NotificationConfigModule,
      global: true,
      providers: [{ provide: NOTIFICATION_CONFIG, useValue: config }],
      exports: [NOTIFICATION_CONFIG],
    };
  }
}
