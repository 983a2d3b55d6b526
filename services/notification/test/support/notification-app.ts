import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import {
  appraisalFinalizedV1,
  employeePlacedV1,
  talentBoxAssignedV1,
  trainingJpReminderV1,
  trainingRecommendedV1,
  retryTopic,
  toKafkaHeaders,
  type AppraisalFinalizedV1,
} from '@jenjang/contracts';
import { mintDevToken, type Role } from '@jenjang/auth';
import { KafkaEventServer, OutboxRelay } from '@jenjang/messaging';
import { MONGO_CONNECTION } from '@jenjang/persistence';
import type { Connection } from 'mongoose';
import { configureApp } from '@jenjang/platform';
import {
  createTopics,
  databaseUri,
  MailCatcher,
  outboxDrained,
  positionAtEnd,
  produceRaw,
  randomLetters,
  testEnv,
  testKafka,
  waitForGroupToPass,
  waitUntil,
  type MailCatcherOptions,
  type TopicRecorder,
  closeApp,
} from '@jenjang/testing';
import { AppModule } from '../../src/app.module';
import { notificationConfig } from '../../src/config/notification.config';
import { DELIVERY_COLLECTION } from '../../src/delivery/delivery.schema';

const CONSUMED = [
  appraisalFinalizedV1,
  trainingRecommendedV1,
  trainingJpReminderV1,
  talentBoxAssignedV1,
  employeePlacedV1,
];

/**
 * The notification service in-process on the real broker and store, with its own database and
 * consumer group (positioned at the end of every topic), and a real SMTP server as the mailbox.
 */
export class NotificationApp {
  app!: INestApplication;
  mail!: MailCatcher;
  readonly database = `itest-notification-${randomLetters()}`;
  readonly groupId = `jenjang.notification-${randomLetters()}`;

  async start(env: Record<string, string> = {}, mailbox: MailCatcherOptions = {}): Promise<this> {
    const { brokers, mongoUri } = testEnv();
    this.mail = await new MailCatcher(mailbox).start();
    await createTopics(brokers, [retryTopic(this.groupId)]);
    await positionAtEnd(
      brokers,
      [this.groupId],
      CONSUMED.map((c) => c.topic),
    );
    const config = notificationConfig.load({
      LOG_LEVEL: 'silent',
      KAFKA_BROKERS: brokers.join(','),
      MONGODB_URI: databaseUri(mongoUri, this.database),
      KAFKA_GROUP_ID: this.groupId,
      KAFKA_FETCH_MAX_WAIT_MS: '100',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(this.mail.port),
      PORTAL_URL: 'https://jenjang.example.go.id',
      DELIVERY_BACKOFF_MS: '300,600',
      DISPATCH_POLL_MS: '200',
      ...env,
    });
    const moduleRef = await Test.createTestingModule({
      imports: [AppModule.forRoot(config)],
    }).compile();
    this.app = moduleRef.createNestApplication({ logger: false });
    configureApp(this.app, { title: 'Jenjang notification service' });
    this.app.connectMicroservice(
      { strategy: this.app.get(KafkaEventServer) },
      { inheritAppConfig: true },
    );
    await this.app.startAllMicroservices();
    await this.app.init();
    await this.consumerJoined(brokers);
    return this;
  }

  // The consumer joins its group in the background; events produced before that are read from the
  // positioned offsets anyway, but waiting here keeps the tests' own timeouts about the service.
  private async consumerJoined(brokers: string[]): Promise<void> {
    const admin = testKafka(brokers).admin();
    await admin.connect();
    try {
      await waitUntil(
        'the consumer group to be stable',
        async () => {
          const { groups } = await admin.describeGroups([this.groupId]);
          return groups[0]?.state === 'Stable' && groups[0].members.length > 0;
        },
        120_000,
        500,
      );
    } finally {
      await admin.disconnect();
    }
  }

  http() {
    return request(this.app.getHttpServer() as Server);
  }

  /**
   * Waits until everything published to the service so far has been handled, no delivery is
   * about to be sent, the outbox is drained and (if given) the recorder has seen
   * everything published: a count of emails, notices or events taken afterwards must stay put.
   */
  async settled(recorder?: TopicRecorder): Promise<void> {
    await waitForGroupToPass(testEnv().brokers, this.groupId, [
      ...CONSUMED.map((c) => c.topic),
      retryTopic(this.groupId),
    ]);
    const deliveries = this.app.get<Connection>(MONGO_CONNECTION).collection(DELIVERY_COLLECTION);
    // Due now or soon (retries back off by well under a second here); a delivery held for
    // quiet hours or a digest waits for hours and is not "in flight".
    await waitUntil(
      'no delivery waiting to be sent',
      async () =>
        (await deliveries.countDocuments({
          state: 'PENDING',
          nextAttemptAt: { $lt: new Date(Date.now() + 10_000) },
        })) === 0,
    );
    await outboxDrained(this.app.get(OutboxRelay));
    await recorder?.caughtUp();
  }

  /** The stored deliveries of a cause event, briefly (for a failing test's message). */
  deliveriesOf(causeEventId: string): Promise<unknown[]> {
    return this.app
      .get<Connection>(MONGO_CONNECTION)
      .collection(DELIVERY_COLLECTION)
      .find({ causeEventId })
      .project({ channel: 1, state: 1, recipientEmployeeId: 1, attemptLog: 1, outbox: 1 })
      .toArray();
  }

  static token(agencyId: string, employeeId: string | undefined, ...roles: Role[]) {
    return mintDevToken({ roles, agencyId, ...(employeeId ? { employeeId } : {}) });
  }

  async stop(): Promise<void> {
    await closeApp(this.app, 'notification');
    await this.mail?.stop();
  }
}

/** An appraisal-finalized event for this agency and these people (the contract's example). */
export function finalizedEvent(
  agencyId: string,
  employeeId: string,
  penilaiId: string,
  overrides: Partial<AppraisalFinalizedV1> = {},
): AppraisalFinalizedV1 {
  return {
    ...structuredClone(appraisalFinalizedV1.example),
    appraisalId: `apr-${randomLetters(10)}`,
    agencyId,
    employeeId,
    penilaiId,
    ...overrides,
  };
}

/** Produces it as the evaluation service would (binary CloudEvents), with the given ce_id. */
export async function publishFinalized(
  data: unknown,
  id: string,
  agencyId: string,
  subject: string,
) {
  await produceRaw(testEnv().brokers, appraisalFinalizedV1.topic, [
    {
      key: subject,
      value: JSON.stringify(data),
      headers: toKafkaHeaders({
        id,
        source: '/jenjang/evaluation',
        type: appraisalFinalizedV1.type,
        time: new Date().toISOString(),
        subject,
        agency: agencyId,
        dataschema: appraisalFinalizedV1.schemaId,
      }),
    },
  ]);
}
