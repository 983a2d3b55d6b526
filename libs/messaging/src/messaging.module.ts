import {
  type DynamicModule,
  Global,
  Injectable,
  Module,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { EventPublisher, KafkaEventPublisher } from './event-publisher';
import { InboxStore } from './inbox.store';
import { KafkaEventServer } from './kafka-event.server';
import { KafkaHealth } from './kafka.health';
import { MESSAGING_OPTIONS, type MessagingOptions } from './messaging.options';
import { OutboxRelay } from './outbox.relay';

// The producer outlives the consumer and the relay (both may still publish while draining).
@Injectable()
class ProducerLifecycle implements OnApplicationShutdown {
  constructor(private readonly publisher: EventPublisher) {}
  async onApplicationShutdown(): Promise<void> {
    await this.publisher.disconnect();
  }
}

/**
 * Kafka for a service: `EventPublisher`, the `OutboxRelay`, the `InboxStore`, and the
 * `KafkaEventServer` transport. In main.ts:
 * `app.connectMicroservice({ strategy: app.get(KafkaEventServer) }, { inheritAppConfig: false })`.
 * Needs `MongoModule` (outbox and inbox live in the service's database).
 */
@Global()
@Module({})
export class MessagingModule {
  static forRoot(options: MessagingOptions): DynamicModule {
    return {
      module: MessagingModule,
      providers: [
        { provide: MESSAGING_OPTIONS, useValue: options },
        { provide: EventPublisher, useClass: KafkaEventPublisher },
        InboxStore,
        OutboxRelay,
        KafkaEventServer,
        KafkaHealth,
        ProducerLifecycle,
      ],
      exports: [EventPublisher, OutboxRelay, InboxStore, KafkaEventServer, MESSAGING_OPTIONS],
    };
  }
}
