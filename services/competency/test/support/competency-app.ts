import { createHash } from 'node:crypto';
import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import type { Connection } from 'mongoose';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { mintDevToken, type Role } from '@jenjang/auth';
import {
  appraisalFinalizedV1,
  retryTopic,
  trainingCompletedV1,
  type AppraisalFinalizedV1,
} from '@jenjang/contracts';
import { KafkaEventServer } from '@jenjang/messaging';
import { MONGO_CONNECTION } from '@jenjang/persistence';
import { configureApp } from '@jenjang/platform';
import {
  createTopics,
  databaseUri,
  positionAtEnd,
  produceRaw,
  randomLetters,
  testEnv,
  type RecordedMessage,
  type TopicRecorder,
  closeApp,
} from '@jenjang/testing';
import { AppModule } from '../../src/app.module';
import { competencyConfig } from '../../src/config/competency.config';

export interface StoredProfileDoc {
  _id: string;
  appliedCauses: string[];
  assessments: { code: string; source: string; level: number }[];
  latest: { assessmentId: string; jpmHeld: number | null } | null;
  outbox: unknown[];
}

/** The competency service in-process on the real broker and store, with its own database. */
export class CompetencyApp {
  app!: INestApplication;
  readonly database = `itest-competency-${randomLetters()}`;
  readonly group = `jenjang.competency-${randomLetters()}`;
  readonly env = testEnv();

  async start(): Promise<this> {
    await createTopics(this.env.brokers, [retryTopic(this.group)]);
    // The shared topics hold every earlier run's events: this group reads only what comes next.
    await positionAtEnd(
      this.env.brokers,
      [this.group],
      [appraisalFinalizedV1.topic, trainingCompletedV1.topic, retryTopic(this.group)],
    );
    const config = competencyConfig.load({
      LOG_LEVEL: 'silent',
      KAFKA_BROKERS: this.env.brokers.join(','),
      MONGODB_URI: databaseUri(this.env.mongoUri, this.database),
      KAFKA_GROUP_ID: this.group,
      KAFKA_FETCH_MAX_WAIT_MS: '100',
    });
    const moduleRef = await Test.createTestingModule({
      imports: [AppModule.forRoot(config)],
    }).compile();
    this.app = moduleRef.createNestApplication({ logger: false });
    configureApp(this.app, { title: 'Jenjang competency service' });
    // The Kafka transport of the @OnEvent consumers, as runService attaches it in main.ts.
    this.app.connectMicroservice(
      { strategy: this.app.get(KafkaEventServer, { strict: false }) },
      { inheritAppConfig: true },
    );
    await this.app.startAllMicroservices();
    await this.app.init();
    return this;
  }

  http() {
    return request(this.app.getHttpServer() as Server);
  }

  /** The profile document as this instance stored it: what it applied and has yet to publish. */
  async profileDoc(agencyId: string, employeeId: string): Promise<StoredProfileDoc | null> {
    const connection = this.app.get<Connection>(MONGO_CONNECTION, { strict: false });
    return connection
      .collection<StoredProfileDoc>('profiles')
      .findOne({ _id: `${agencyId}/${employeeId}` });
  }

  static token(agencyId: string, employeeId: string | undefined, ...roles: Role[]) {
    return mintDevToken({ roles, agencyId, ...(employeeId ? { employeeId } : {}) });
  }

  async stop(): Promise<void> {
    await closeApp(this.app, 'competency');
  }
}

export const uuidOf = (seed: string) => {
  const h = createHash('sha1').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

export function finalizedAppraisal(
  agencyId: string,
  employeeId: string,
  overrides: Partial<AppraisalFinalizedV1> = {},
): AppraisalFinalizedV1 {
  return {
    ...appraisalFinalizedV1.example,
    appraisalId: uuidOf(`${employeeId}-appraisal`),
    employeeId,
    agencyId,
    unitId: `${agencyId}.unit-a`,
    position: { id: `${agencyId}-jab-analis`, name: 'Analis Kepegawaian', group: 'FUNGSIONAL' },
    ratingHasilKerja: 'SESUAI_EKSPEKTASI',
    ratingPerilakuKerja: 'DI_BAWAH_EKSPEKTASI',
    predikat: 'KURANG_MISCONDUCT',
    perilaku: [{ value: 'KOLABORATIF', rating: 'DI_BAWAH_EKSPEKTASI' }],
    ...overrides,
  };
}

export function ceHeaders(id: string, type: string, subject: string, agency: string) {
  return {
    ce_specversion: '1.0',
    ce_id: id,
    ce_source: '/jenjang/evaluation',
    ce_type: type,
    ce_time: new Date().toISOString(),
    ce_subject: subject,
    ce_agency: agency,
    'content-type': 'application/json',
  };
}

/** Produces an appraisal-finalized event as the evaluation service would (binary CloudEvents). */
export async function publishFinalized(eventId: string, data: AppraisalFinalizedV1, times = 1) {
  const message = {
    key: data.employeeId,
    value: JSON.stringify(data),
    headers: ceHeaders(eventId, appraisalFinalizedV1.type, data.employeeId, data.agencyId),
  };
  await produceRaw(
    testEnv().brokers,
    appraisalFinalizedV1.topic,
    Array.from({ length: times }, () => message),
  );
}

/** A problem+json answer, as far as the tests read it. */
export interface Problem {
  code: string;
  errors: { field: string; message: string; message_id?: string }[];
}

/** The response body, typed by the test that reads it. */
export const bodyOf = <T>(res: { body: unknown }): T => res.body as T;
export const problemOf = (res: { body: unknown }): Problem => res.body as Problem;

/**
 * What was published on a topic, each record once: a recorder re-reads records after a rebalance
 * of its own group, while a second publication has its own offset (and still counts).
 */
export function published(recorder: TopicRecorder, topic: string): RecordedMessage[] {
  const seen = new Set<string>();
  return recorder.on(topic).filter((m) => {
    const at = `${m.partition}:${m.offset}`;
    if (seen.has(at)) return false;
    seen.add(at);
    return true;
  });
}

/**
 * Each assessment once. On the shared development broker another running competency instance
 * (an e2e or demo run, with its own database) may handle the same test events and publish the
 * same deterministic assessmentId with its own content; consumers deduplicate on the id, so the
 * guarantee under test is one assessmentId per cause. This instance's own effects are checked in
 * its database (profileDoc).
 */
export function assessmentIds(assessments: readonly { assessmentId: string }[]): string[] {
  return [...new Set(assessments.map((a) => a.assessmentId))];
}
