import { Kafka, logLevel, type Consumer } from 'kafkajs';
import { positionAtEnd } from '../kafka';

export interface Seen {
  topic: string;
  id: string;
  key: string;
  data: Record<string, unknown>;
  /** When this process received it. */
  receivedAt: number;
}

/**
 * Records what arrives on some public topics from now on (its consumer group starts at the end),
 * as an outside consumer sees it: the benchmark's, the demo's and the end-to-end tests' eyes.
 */
export class LiveRecorder {
  readonly byTopic = new Map<string, Seen[]>();
  private consumer?: Consumer;

  constructor(
    private readonly brokers: string[],
    private readonly topics: string[],
  ) {}

  async start(): Promise<this> {
    const groupId = `live-recorder-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
    await positionAtEnd(this.brokers, [groupId], this.topics);
    const kafka = new Kafka({
      clientId: 'live-recorder',
      brokers: this.brokers,
      logLevel: logLevel.NOTHING,
    });
    this.consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 200 });
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

  /** The events about one employee (the Kafka key) on a topic, in arrival order. */
  about(topic: string, employeeId: string): Seen[] {
    return this.on(topic).filter((e) => e.key === employeeId);
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
  }
}
