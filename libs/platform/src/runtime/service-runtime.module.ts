import { type DynamicModule, Module } from '@nestjs/common';
import { AuthModule } from '@jenjang/auth';
import type { BaseServiceConfig } from '@jenjang/config';
import { MessagingModule, type RetryPolicy } from '@jenjang/messaging';
import { MongoModule } from '@jenjang/persistence';
import { authOptionsFrom } from './auth-options';
import { kafkaSecurityFrom } from './kafka-security';
import { MeController } from './me.controller';

export interface ServiceRuntimeOptions {
  /** Collections of aggregates with an outbox, drained by the relay. */
  readonly outboxCollections?: string[];
  readonly retry?: RetryPolicy;
}

/**
 * The service's connections, from its validated config: its MongoDB database, Kafka (publisher,
 * outbox relay, inbox, event transport) and bearer-token authentication on every route.
 */
@Module({})
export class ServiceRuntimeModule {
  static forService(config: BaseServiceConfig, options: ServiceRuntimeOptions = {}): DynamicModule {
    return {
      module: ServiceRuntimeModule,
      imports: [
        MongoModule.forRoot({ uri: config.MONGODB_URI, appName: config.SERVICE_NAME }),
        MessagingModule.forRoot({
          serviceName: config.SERVICE_NAME,
          brokers: config.KAFKA_BROKERS,
          clientId: config.KAFKA_CLIENT_ID,
          security: kafkaSecurityFrom(config),
          groupId: config.KAFKA_GROUP_ID,
          fetchMaxWaitMs: config.KAFKA_FETCH_MAX_WAIT_MS,
          outboxCollections: options.outboxCollections,
          relay: {
            enabled: config.OUTBOX_RELAY_ENABLED,
            pace: { groups: config.OUTBOX_PACE_GROUPS, maxLag: config.OUTBOX_PACE_MAX_LAG },
          },
          retry: options.retry,
        }),
        AuthModule.forRoot(authOptionsFrom(config)),
      ],
      controllers: [MeController],
    };
  }
}
