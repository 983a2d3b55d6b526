import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { Connection } from 'mongoose';
import request from 'supertest';
import { mintDevToken, type Role } from '@jenjang/auth';
import { MONGO_CONNECTION } from '@jenjang/persistence';
import { configureApp, PlatformModule, ServiceRuntimeModule } from '@jenjang/platform';
import { closeApp, databaseUri, randomLetters, testEnv } from '@jenjang/testing';
import { AgencyModule } from '../../src/agency/agency.module';
import { evaluationConfig } from '../../src/config/evaluation.config';

export interface Problem {
  status: number;
  code?: string;
  errors?: { field: string; message: string; message_id?: string }[];
}

export const settingsUrl = (agencyId: string) => `/api/v1/agencies/${agencyId}/evaluation-settings`;
export const predikatUrl = (agencyId: string, unitId: string, year: number) =>
  `/api/v1/agencies/${agencyId}/units/${unitId}/organisation-predikat/${year}`;

/**
 * The agency module alone (settings and organisation predikat) over HTTP on the real store, with
 * its own database; callers get a dev token per agency and roles (subject `u-<first role>`).
 */
export class AgencyApp {
  app!: INestApplication;
  db!: Connection;

  async start(): Promise<this> {
    const env = testEnv();
    const config = evaluationConfig.load({
      LOG_LEVEL: 'silent',
      KAFKA_BROKERS: env.brokers.join(','),
      MONGODB_URI: databaseUri(env.mongoUri, `itest-evaluation-agency-${randomLetters()}`),
    });
    const moduleRef = await Test.createTestingModule({
      imports: [
        PlatformModule.forService(config),
        ServiceRuntimeModule.forService(config),
        AgencyModule,
      ],
    }).compile();
    this.app = moduleRef.createNestApplication({ logger: false });
    configureApp(this.app, { title: 'Jenjang evaluation service' });
    await this.app.init();
    this.db = this.app.get<Connection>(MONGO_CONNECTION);
    return this;
  }

  async stop(): Promise<void> {
    // Clean-up only: the dev store sometimes fails a drop ("index not found with name [_id_]").
    await this.db?.dropDatabase().catch(() => undefined);
    await closeApp(this.app, 'evaluation (agency)');
  }

  private server(): Server {
    return this.app.getHttpServer() as Server;
  }

  private token(agencyId: string, roles: Role[], subject = `u-${roles[0]}`) {
    return mintDevToken({ agencyId, roles, subject, employeeId: `E-${subject}` });
  }

  async put(url: string, agencyId: string, roles: Role[], body: object) {
    return request(this.server())
      .put(url)
      .auth(await this.token(agencyId, roles), { type: 'bearer' })
      .send(body);
  }

  async get(url: string, agencyId: string, roles: Role[]) {
    return request(this.server())
      .get(url)
      .auth(await this.token(agencyId, roles), { type: 'bearer' });
  }
}
