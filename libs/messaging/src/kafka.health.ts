import {
  Inject,
  Injectable,
  type OnApplicationShutdown,
  type OnModuleInit,
  Optional,
} from '@nestjs/common';
import type { Admin } from 'kafkajs';
import { HealthRegistry, type HealthResult } from '@jenjang/observability';
import { createKafka } from './kafka-client';
import { MESSAGING_OPTIONS, type MessagingOptions } from './messaging.options';

/** Readiness asks the cluster itself (metadata), not merely whether a producer could connect. */
@Injectable()
export class KafkaHealth implements OnModuleInit, OnApplicationShutdown {
  private admin?: Admin;

  constructor(
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    @Optional() private readonly health?: HealthRegistry,
  ) {}

  onModuleInit(): void {
    this.health?.register({ name: 'kafka', readiness: () => this.check() });
  }

  async check(): Promise<HealthResult> {
    const timeoutMs = this.options.readinessTimeoutMs ?? 3_000;
    let timer: NodeJS.Timeout | undefined;
    try {
      this.admin ??= createKafka(
        this.options.brokers,
        `${this.options.clientId}-health`,
        this.options.security,
      ).admin();
      const cluster = await Promise.race([
        this.admin.connect().then(() => this.admin!.describeCluster()),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer in ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
      return {
        ok: true,
        details: { brokers: cluster.brokers.length, controller: cluster.controller },
      };
    } catch (error) {
      return { ok: false, details: { error: (error as Error).message } };
    } finally {
      clearTimeout(timer);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.admin?.disconnect();
  }
}
