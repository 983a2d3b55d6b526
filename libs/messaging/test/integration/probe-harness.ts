import { MongoClient } from 'mongodb';
import { dlqTopic, retryTopic } from '@jenjang/contracts';
import {
  createTopics,
  databaseUri,
  freePort,
  randomLetters,
  ServiceProcess,
  testEnv,
  TopicRecorder,
  waitUntil,
} from '@jenjang/testing';

const FIXTURE = 'libs/messaging/test/fixtures/probe.app.ts';

export interface EffectDoc {
  _id: string;
  deliveries: number;
  applied?: string[];
  seqs?: number[];
}

/** One isolated world per test: its own topic, consumer group and database. */
export class ProbeWorld {
  readonly id = randomLetters(10);
  readonly topic = `public.itest${this.id}.probe-recorded.v1`;
  readonly group = `jenjang.itest-${this.id}`;
  readonly retryTopic = retryTopic(this.group);
  readonly env = testEnv();
  readonly mongoUri = databaseUri(this.env.mongoUri, `itest-${this.id}`);
  readonly processes: ServiceProcess[] = [];
  recorder?: TopicRecorder;
  private client?: MongoClient;

  async setUp(): Promise<this> {
    await createTopics(this.env.brokers, [
      this.topic,
      dlqTopic(this.topic),
      this.retryTopic,
      dlqTopic(this.retryTopic),
    ]);
    this.recorder = await new TopicRecorder(this.env.brokers, [
      this.topic,
      dlqTopic(this.topic),
      dlqTopic(this.retryTopic),
    ]).start();
    this.client = await new MongoClient(this.mongoUri).connect();
    return this;
  }

  async start(
    name: string,
    extra: Record<string, string> = {},
  ): Promise<{ proc: ServiceProcess; port: number }> {
    const port = await freePort();
    const proc = new ServiceProcess(
      FIXTURE,
      {
        KAFKA_BROKERS: this.env.brokers.join(','),
        MONGODB_URI: this.mongoUri,
        PROBE_TOPIC: this.topic,
        PROBE_GROUP: this.group,
        PROBE_NAME: name,
        PORT: String(port),
        ...extra,
      },
      name,
    );
    this.processes.push(proc);
    return { proc, port };
  }

  async startReady(name: string, extra: Record<string, string> = {}) {
    const started = await this.start(name, extra);
    await started.proc.waitForLine(/probe ready on/);
    return started;
  }

  async post(port: number, id: string, body: Record<string, unknown>): Promise<Response> {
    return fetch(`http://127.0.0.1:${port}/probes/${id}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  }

  effect(subject: string): Promise<EffectDoc | null> {
    return this.client!.db().collection<EffectDoc>('effects').findOne({ _id: subject });
  }

  published(): ReturnType<TopicRecorder['on']> {
    return this.recorder!.on(this.topic);
  }

  deadLettered(): ReturnType<TopicRecorder['on']> {
    return this.recorder!.on(dlqTopic(this.topic));
  }

  /** Retry records the group refused (e.g. forged ones). */
  retryDeadLettered(): ReturnType<TopicRecorder['on']> {
    return this.recorder!.on(dlqTopic(this.retryTopic));
  }

  waitUntil = waitUntil;

  async tearDown(): Promise<void> {
    if (process.env.PROBE_DEBUG) {
      for (const p of this.processes) process.stderr.write(`--- ${p.name}\n${p.output()}\n`);
    }
    await Promise.all(this.processes.map((p) => p.stop()));
    await this.recorder?.stop();
    await this.client
      ?.db()
      .dropDatabase()
      .catch(() => undefined);
    await this.client?.close();
  }
}
