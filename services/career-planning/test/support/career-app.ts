import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { mintDevToken, type Role } from '@jenjang/auth';
import { KafkaEventServer } from '@jenjang/messaging';
import { configureApp } from '@jenjang/platform';
import {
  appraisalFinalizedV1,
  gapsAssessedV1,
  retryTopic,
  trainingCompletedV1,
} from '@jenjang/contracts';
import { databaseUri, positionAtEnd, randomLetters, testEnv } from '@jenjang/testing';
import { AppModule } from '../../src/app.module';
import { careerPlanningConfig } from '../../src/config/career-planning.config';

const CONSUMED_TOPICS = [appraisalFinalizedV1, gapsAssessedV1, trainingCompletedV1].map(
  (c) => c.topic,
);

/**
 * The career-planning service in-process on the real broker and store, with its own database
 * and consumer group. `consume: true` also starts its Kafka consumers (@OnEvent handlers).
 */
export class CareerApp {
  app!: INestApplication;
  readonly database = `itest-career-${randomLetters()}`;
  readonly groupId = `jenjang.career-planning-${randomLetters()}`;

  async start(options: { consume?: boolean } = {}): Promise<this> {
    const env = testEnv();
    const config = careerPlanningConfig.load({
      LOG_LEVEL: 'silent',
      KAFKA_BROKERS: env.brokers.join(','),
      MONGODB_URI: databaseUri(env.mongoUri, this.database),
      KAFKA_GROUP_ID: this.groupId,
      KAFKA_FETCH_MAX_WAIT_MS: '100',
    });
    const moduleRef = await Test.createTestingModule({
      imports: [AppModule.forRoot(config)],
    }).compile();
    this.app = moduleRef.createNestApplication({ logger: false });
    configureApp(this.app, { title: 'Jenjang career-planning service' });
    if (options.consume) {
      // Start at the current end of the shared topics, so a test reads what it produces rather
      // than every suite's history first (thousands of gaps-assessed on a busy machine).
      await positionAtEnd(
        env.brokers,
        [this.groupId],
        [...CONSUMED_TOPICS, retryTopic(this.groupId)],
      );
      const server = this.app.get(KafkaEventServer, { strict: false });
      this.app.connectMicroservice({ strategy: server }, { inheritAppConfig: true });
      await this.app.startAllMicroservices();
    }
    await this.app.init();
    return this;
  }

  http() {
    return request(this.app.getHttpServer() as Server);
  }

  static token(agencyId: string, employeeId: string | undefined, ...roles: Role[]) {
    return mintDevToken({ roles, agencyId, ...(employeeId ? { employeeId } : {}) });
  }

  async stop(): Promise<void> {
    await this.app?.close();
  }
}

export const positionBody = (overrides: Record<string, unknown> = {}) => ({
  unitId: 'dinkes.yankes',
  name: 'Kepala Seksi Pelayanan Rujukan',
  group: 'PENGAWAS',
  grade: 9,
  ...overrides,
});
