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
import { KafkaEventServer } from '@jenjang/messaging';
import { configureApp } from '@jenjang/platform';
import {
  createTopics,
  databaseUri,
  MailCatcher,
  produceRaw,
  randomLetters,
  testEnv,
  testKafka,
  waitUntil,
} from '@jenjang/testing';
import { AppModule } from '../../src/app.module';
import { notificationConfig } from '../../src/config/notification.config';

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

  async start(env: Record<string, string> = {}): Promise<this> {
    const { brokers, mongoUri } = testEnv();
    this.mail = await new MailCatcher().start();
    await createTopics(brokers, [retryTopic(this.groupId)]);
    await positionAtEnd(
      brokers,
      this.groupId,
      CONSUMED.map((c) => c.topic),
    );
    const config = notificationConfig.load({
      LOG_LEVEL: 'silent',
      KAFKA_BROKERS: brokers.join(','),
      MONGODB_URI: databaseUri(mongoUri, this.database),
      KAFKA_GROUP_ID: this.groupId,
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

  static token(agencyId: string, employeeId: string | undefined, ...roles: Role[]) {
    return mintDevToken({ roles, agencyId, ...(employeeId ? { employeeId } : {}) });
  }

  async stop(): Promise<void> {
    await this.app?.close();
    await this.mail?.stop();
  }
}

/**
 * Commits the current end of every partition for a new group: it reads only what comes next.
 * kafkajs spends about 5 s in each setOffsets call (and parallel calls conflict), so only the
 * topics this service consumes.
 */
async function positionAtEnd(brokers: string[], groupId: string, topics: string[]) {
  const admin = testKafka(brokers).admin();
  await admin.connect();
  try {
    for (const topic of topics) {
      const offsets = await admin.fetchTopicOffsets(topic);
      const partitions = offsets.map((o) => ({ partition: o.partition, offset: o.high }));
      await admin.setOffsets({ groupId, topic, partitions });
    }
  } finally {
    await admin.disconnect();
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
