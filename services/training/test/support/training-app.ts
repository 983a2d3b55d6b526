import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import {
  appraisalFinalizedV1,
  gapsAssessedV1,
  trainingCompletedV1,
  type AppraisalFinalizedV1,
} from '@jenjang/contracts';
import { mintDevToken, type Role } from '@jenjang/auth';
import { KafkaEventServer, OutboxRelay } from '@jenjang/messaging';
import { MONGO_CONNECTION } from '@jenjang/persistence';
import type { Connection } from 'mongoose';
import { configureApp } from '@jenjang/platform';
import { retryTopic } from '@jenjang/contracts';
import {
  createTopics,
  databaseUri,
  produceRaw,
  randomLetters,
  outboxDrained,
  positionAtEnd,
  testEnv,
  waitForGroupToPass,
  waitUntil,
  type TopicRecorder,
  closeApp,
} from '@jenjang/testing';
import { AppModule } from '../../src/app.module';
import { trainingConfig } from '../../src/config/training.config';
import { RECOMMENDATION_SET_COLLECTION } from '../../src/recommendation/recommendation.schema';

// The new group starts at the current end of the consumed topics (one join for both), so a test
// reads what it produces rather than every suite's history first (on a busy shared broker,
// hundreds of appraisals and thousands of gaps-assessed took longer than any wait).
const startAtEnd = (brokers: string[], groupId: string) =>
  positionAtEnd(
    brokers,
    [groupId],
    [appraisalFinalizedV1.topic, gapsAssessedV1.topic, trainingCompletedV1.topic],
  );

/** The training service in-process on the real broker and store, consuming, with its own database. */
export class TrainingApp {
  app!: INestApplication;
  readonly database = `itest-training-${randomLetters()}`;
  readonly groupId = `jenjang.training-${randomLetters()}`;

  async start(env: Record<string, string> = {}): Promise<this> {
    const t = testEnv();
    const group = this.groupId;
    // The public topics come from deploy/topics.yaml; the retry topic is this group's own.
    await createTopics(t.brokers, [retryTopic(group)]);
    await startAtEnd(t.brokers, group);
    const config = trainingConfig.load({
      LOG_LEVEL: 'silent',
      KAFKA_BROKERS: t.brokers.join(','),
      MONGODB_URI: databaseUri(t.mongoUri, this.database),
      KAFKA_GROUP_ID: group,
      KAFKA_FETCH_MAX_WAIT_MS: '100',
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

  /**
   * Waits until everything published to the service so far has been handled, no recommendation
   * set is still inside its grace period, the outbox is drained and (if given) the recorder has
   * seen everything published: a count taken afterwards must stay put.
   */
  async settled(recorder?: TopicRecorder): Promise<void> {
    await waitForGroupToPass(testEnv().brokers, this.groupId, [
      appraisalFinalizedV1.topic,
      gapsAssessedV1.topic,
      trainingCompletedV1.topic,
      retryTopic(this.groupId),
    ]);
    const sets = this.app
      .get<Connection>(MONGO_CONNECTION)
      .collection(RECOMMENDATION_SET_COLLECTION);
    // Sets opened by then: appraisals other suites keep finalizing on the shared topics open
    // new ones all the time, and would keep this wait from ever ending.
    const handledBy = new Date();
    await waitUntil(
      'no recommendation set waiting out its grace period',
      async () =>
        (await sets.countDocuments({
          status: 'PENDING',
          dueAt: { $ne: null },
          createdAt: { $lte: handledBy },
        })) === 0,
    );
    await outboxDrained(this.app.get(OutboxRelay));
    await recorder?.caughtUp();
  }

  static token(
    agencyId: string,
    employeeId: string | undefined,
    ...roles: Role[]
  ): Promise<string> {
    return mintDevToken({ roles, agencyId, ...(employeeId ? { employeeId } : {}) });
  }

  async stop(): Promise<void> {
    await closeApp(this.app, 'training');
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
  data: { employeeId: string; agencyId: string } & Record<string, unknown>,
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
