import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import {
  appraisalFinalizedV1,
  gapsAssessedV1,
  type AppraisalFinalizedV1,
} from '@jenjang/contracts';
import { mintDevToken, type Role } from '@jenjang/auth';
import { KafkaEventServer } from '@jenjang/messaging';
import { configureApp } from '@jenjang/platform';
import { retryTopic } from '@jenjang/contracts';
import {
  createTopics,
  databaseUri,
  produceRaw,
  randomLetters,
  testEnv,
  testKafka,
} from '@jenjang/testing';
import { AppModule } from '../../src/app.module';
import { trainingConfig } from '../../src/config/training.config';

/**
 * Commits the new group's offsets at the current end of the consumed topics, so a test reads what
 * it produces rather than every suite's history first (on a busy shared broker, hundreds of
 * appraisals and thousands of gaps-assessed took longer than any wait). The service itself
 * starts from the beginning.
 */
async function startAtEnd(brokers: string[], groupId: string): Promise<void> {
  const admin = testKafka(brokers).admin();
  await admin.connect();
  try {
    // Explicit offsets: resetOffsets({ earliest: false }) commits -1, which the consumer reads
    // as "no offset" and so starts from the beginning anyway. The retry topic is new and empty.
    for (const topic of [appraisalFinalizedV1.topic, gapsAssessedV1.topic]) {
      const ends = await admin.fetchTopicOffsets(topic);
      await admin.setOffsets({
        groupId,
        topic,
        partitions: ends.map((p) => ({ partition: p.partition, offset: p.high })),
      });
    }
  } finally {
    await admin.disconnect();
  }
}

/** The training service in-process on the real broker and store, consuming, with its own database. */
export class TrainingApp {
  app!: INestApplication;
  readonly database = `itest-training-${randomLetters()}`;

  async start(env: Record<string, string> = {}): Promise<this> {
    const t = testEnv();
    const group = `jenjang.training-${randomLetters()}`;
    // The public topics come from deploy/topics.yaml; the retry topic is this group's own.
    await createTopics(t.brokers, [retryTopic(group)]);
    await startAtEnd(t.brokers, group);
    const config = trainingConfig.load({
      LOG_LEVEL: 'silent',
      KAFKA_BROKERS: t.brokers.join(','),
      MONGODB_URI: databaseUri(t.mongoUri, this.database),
      KAFKA_GROUP_ID: group,
      RECOMMENDATION_SWEEP_MS: '500',
      ...env,
    });
    const moduleRef = await Test.createTestingModule({
      imports: [AppModule.forRoot(config)],
    }).compile();
    this.app = moduleRef.createNestApplication({ logger: false });
    configureApp(this.app, { title: 'Jenjang training service' });
    this.app.connectMicroservice(
      { strategy: this.app.get(KafkaEventServer) },
      { inheritAppConfig: true },
    );
    await this.app.startAllMicroservices();
    await this.app.init();
    return this;
  }

  http() {
    return request(this.app.getHttpServer() as Server);
  }

  static token(
    agencyId: string,
    employeeId: string | undefined,
    ...roles: Role[]
  ): Promise<string> {
    return mintDevToken({ roles, agencyId, ...(employeeId ? { employeeId } : {}) });
  }

  async stop(): Promise<void> {
    await this.app?.close();
  }
}

export function finalized(over: Partial<AppraisalFinalizedV1> = {}): AppraisalFinalizedV1 {
  return {
    ...structuredClone(appraisalFinalizedV1.example),
    appraisalId: randomUUID(),
    employeeId: `emp-${randomLetters()}`,
    ...over,
  };
}

export async function publish(
  topic: string,
  type: string,
  data: { employeeId: string; agencyId: string },
  id: string = randomUUID(),
): Promise<string> {
  await produceRaw(testEnv().brokers, topic, [
    {
      key: data.employeeId,
      value: JSON.stringify(data),
      headers: {
        ce_specversion: '1.0',
        ce_id: id,
        ce_source: '/jenjang/test',
        ce_type: type,
        ce_time: new Date().toISOString(),
        ce_subject: data.employeeId,
        ce_agency: data.agencyId,
        'content-type': 'application/json',
      },
    },
  ]);
  return id;
}
