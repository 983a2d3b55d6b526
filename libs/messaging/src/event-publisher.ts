import { Inject, Injectable, Logger } from '@nestjs/common';
import { Partitioners, type Kafka, type Producer } from 'kafkajs';
import type { EventContract } from '@jenjang/contracts';
import type { OutboxEntry } from '@jenjang/persistence';
import { stageEvent, type EventInput } from './event-stager';
import { countKafkaRequests, createKafka } from './kafka-client';
import { MESSAGING_OPTIONS, sourceOf, type MessagingOptions } from './messaging.options';

export interface OutgoingRecord {
  topic: string;
  key: string;
  value: string | Buffer | null;
  headers: Record<string, string | Buffer>;
}

/** The project's own publishing seam; kafkajs stays behind it so the client can be swapped. */
export abstract class EventPublisher {
  abstract publish<C extends EventContract>(contract: C, input: EventInput<C>): Promise<string>;
  abstract publishEntry(entry: OutboxEntry): Promise<void>;
  abstract send(record: OutgoingRecord): Promise<void>;
  /** Sends records in one request, in their order (per partition order is kept). */
  abstract sendAll(records: OutgoingRecord[]): Promise<void>;
  abstract disconnect(): Promise<void>;
}

@Injectable()
export class KafkaEventPublisher extends EventPublisher {
  private readonly logger = new Logger(KafkaEventPublisher.name);
  private readonly kafka: Kafka;
  private producer?: Producer;
  private connecting?: Promise<Producer>;

  constructor(@Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions) {
    super();
    this.kafka = createKafka(options.brokers, `${options.clientId}-producer`, options.security);
  }

  private async connected(): Promise<Producer> {
    if (this.producer) return this.producer;
    this.connecting ??= (async () => {
      // Idempotent producer: broker-side deduplication of retried sends, acks from all replicas;
      // one request in flight keeps per-key order across retries.
      const producer = this.kafka.producer({
        idempotent: true,
        maxInFlightRequests: 1,
        createPartitioner: Partitioners.DefaultPartitioner,
      });
      countKafkaRequests(producer, producer.events.REQUEST, 'producer');
      await producer.connect();
      this.producer = producer;
      return producer;
    })().catch((error: unknown) => {
      this.connecting = undefined;
      throw error;
    });
    return this.connecting;
  }

  async publish<C extends EventContract>(contract: C, input: EventInput<C>): Promise<string> {
    const entry = stageEvent(contract, input, sourceOf(this.options.serviceName));
    await this.publishEntry(entry);
    return entry.id;
  }

  async publishEntry(entry: OutboxEntry): Promise<void> {
    await this.send({
      topic: entry.topic,
      key: entry.key,
      value: entry.payload,
      headers: entry.headers,
    });
  }

  async send(record: OutgoingRecord): Promise<void> {
    const producer = await this.connected();
    await producer.send({
      topic: record.topic,
      acks: -1,
      messages: [{ key: record.key, value: record.value, headers: record.headers }],
    });
  }

  async sendAll(records: OutgoingRecord[]): Promise<void> {
    if (records.length === 0) return;
    const producer = await this.connected();
    const byTopic = new Map<string, OutgoingRecord[]>();
    for (const r of records) byTopic.set(r.topic, [...(byTopic.get(r.topic) ?? []), r]);
    await producer.sendBatch({
      acks: -1,
      topicMessages: [...byTopic].map(([topic, list]) => ({
        topic,
        messages: list.map((r) => ({ key: r.key, value: r.value, headers: r.headers })),
      })),
    });
  }

  async disconnect(): Promise<void> {
    if (!this.producer) return;
    await this.producer.disconnect();
    this.producer = undefined;
    this.connecting = undefined;
    this.logger.log('producer disconnected');
  }
}
