import { randomUUID } from 'node:crypto';
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
import {
  databaseUri,
  positionAtEnd,
  randomLetters,
  testEnv,
  TopicRecorder,
  closeApp,
} from '@jenjang/testing';
import { AppModule } from '../../src/app.module';
import { careerPlanningConfig } from '../../src/config/career-planning.config';
import { TalentService } from '../../src/talent/talent.service';
import { annualAppraisal, createRetryTopic } from './events';

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
    await closeApp(this.app, 'career-planning');
  }
}

/** What most suites share: the service, an agency of their own, its HR admin and a recorder. */
export interface CareerSuite {
  readonly service: CareerApp;
  /** A fresh agency, so suites running at once do not see each other's records. */
  readonly agency: string;
  /** The agency's HR admin (ADMIN_INSTANSI, employee emp-admin): a token, set in beforeAll. */
  readonly admin: string;
  /** Records the suite's topics from before its first test (only when it named topics). */
  readonly recorder: TopicRecorder;
  http(): ReturnType<CareerApp['http']>;
  /**
   * An org chart through the API: catalog positions (named by their id) and people placed in
   * them from 2020-01-02 under their superior.
   */
  orgChart(
    positions: readonly (readonly [id: string, group: string, grade: number])[],
    people: readonly (readonly [employeeId: string, positionId: string, superior: string | null])[],
  ): Promise<void>;
  /** A final annual appraisal (BAIK) of `year`, applied as the appraisal-finalized consumer does. */
  appraise(employeeId: string, year: number): Promise<void>;
}

/**
 * Starts the service (with its consumers when `consume`), the admin's token and a recorder of
 * `topics` in the calling describe's beforeAll, and stops them in its afterAll. A suite's own
 * beforeAll, declared after this call, runs after it.
 */
export function careerSuite(options: { topics?: string[]; consume?: boolean } = {}): CareerSuite {
  const service = new CareerApp();
  const agency = `AG-${randomLetters(5)}`;
  let admin: string | undefined;
  let recorder: TopicRecorder | undefined;

  beforeAll(async () => {
    // A consuming service retries through its group's retry topic: made before it subscribes.
    if (options.consume) await createRetryTopic(service.groupId);
    await service.start({ consume: options.consume });
    if (options.topics?.length) {
      recorder = await new TopicRecorder(testEnv().brokers, options.topics).start();
    }
    admin = await CareerApp.token(agency, 'emp-admin', 'ADMIN_INSTANSI');
  });

  afterAll(async () => {
    await recorder?.stop();
    await service.stop();
  });

  return {
    service,
    agency,
    get admin() {
      if (admin === undefined) throw new Error('careerSuite: the admin token is made in beforeAll');
      return admin;
    },
    get recorder() {
      if (!recorder) throw new Error('careerSuite: name the topics to record');
      return recorder;
    },
    http: () => service.http(),
    async orgChart(positions, people) {
      for (const [id, group, grade] of positions) {
        await service
          .http()
          .put(`/api/v1/positions/${id}`)
          .auth(this.admin, { type: 'bearer' })
          .send(positionBody({ name: id, group, grade }))
          .expect(200);
      }
      for (const [employeeId, positionId, superior] of people) {
        await service
          .http()
          .post('/api/v1/placements')
          .auth(this.admin, { type: 'bearer' })
          .send({ employeeId, positionId, superiorEmployeeId: superior, validFrom: '2020-01-02' })
          .expect(201);
      }
    },
    async appraise(employeeId, year) {
      const period = {
        kind: 'TAHUNAN' as const,
        year,
        index: null,
        startDate: `${year}-01-01`,
        endDate: `${year}-12-31`,
      };
      await service.app
        .get(TalentService)
        .onAppraisalFinalized(annualAppraisal(employeeId, agency, { period }), {
          id: randomUUID(),
          type: appraisalFinalizedV1.type,
        });
    },
  };
}

export const positionBody = (overrides: Record<string, unknown> = {}) => ({
  unitId: 'dinkes.yankes',
  name: 'Kepala Seksi Pelayanan Rujukan',
  group: 'PENGAWAS',
  grade: 9,
  ...overrides,
});
