import { Kafka, logLevel, type Consumer } from 'kafkajs';
import { positionAtEnd } from '@jenjang/testing';

export interface Seen {
  topic: string;
  id: string;
  key: string;
  data: Record<string, unknown>;
  /** When this process received it. */
  receivedAt: number;
}

/** Records what arrives on some public topics from now on (a consumer group at the end). */
export class Recorder {
  readonly byTopic = new Map<string, Seen[]>();
  private consumer?: Consumer;

  constructor(
    private readonly brokers: string[],
    private readonly topics: string[],
  ) {}

  async start(): Promise<this> {
    const groupId = `bench-recorder-${Date.now()}`;
    await positionAtEnd(this.brokers, [groupId], this.topics);
    const kafka = new Kafka({
      clientId: 'bench',
      brokers: this.brokers,
      logLevel: logLevel.NOTHING,
    });
    this.consumer = kafka.consumer({ groupId });
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: this.topics });
    await this.consumer.run({
      eachMessage: ({ topic, message }) => {
        const list = this.byTopic.get(topic) ?? [];
        list.push({
          topic,
          id: message.headers?.ce_id?.toString() ?? '',
          key: message.key?.toString() ?? '',
          data: JSON.parse(message.value?.toString() ?? '{}') as Record<string, unknown>,
          receivedAt: Date.now(),
        });
        this.byTopic.set(topic, list);
        return Promise.resolve();
      },
    });
    return this;
  }

  on(topic: string): Seen[] {
    return this.byTopic.get(topic) ?? [];
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
  }
}
