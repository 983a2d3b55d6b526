import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { mintDevToken } from '@jenjang/auth';
import type { Role } from '@jenjang/auth';
import { configureApp } from '@jenjang/platform';
import { databaseUri, randomLetters, testEnv } from '@jenjang/testing';
import { AppModule } from '../../src/app.module';
import { evaluationConfig } from '../../src/config/evaluation.config';

/** Anything the API can be driven through: the in-process app or a running process. */
export interface ApiClient {
  http(): ReturnType<typeof request>;
}

export function remoteApi(url: string): ApiClient {
  return { http: () => request(url) };
}

/** The evaluation service in-process on the real broker and store, with its own database. */
export class EvaluationApp implements ApiClient {
  app!: INestApplication;
  readonly database = `itest-evaluation-${randomLetters()}`;

  async start(): Promise<this> {
    const env = testEnv();
    const config = evaluationConfig.load({
      LOG_LEVEL: 'silent',
      KAFKA_BROKERS: env.brokers.join(','),
      MONGODB_URI: databaseUri(env.mongoUri, this.database),
      KAFKA_GROUP_ID: `jenjang.evaluation-${randomLetters()}`,
      KAFKA_FETCH_MAX_WAIT_MS: '100',
    });
    const moduleRef = await Test.createTestingModule({
      imports: [AppModule.forRoot(config)],
    }).compile();
    this.app = moduleRef.createNestApplication({ logger: false });
    configureApp(this.app, { title: 'Jenjang evaluation service' });
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

export const skpBody = (overrides: Record<string, unknown> = {}) => ({
  year: 2026,
  unitId: 'dpmptsp.perizinan',
  position: { id: 'jab-analis-perizinan', name: 'Analis Perizinan', group: 'FUNGSIONAL' },
  penilaiId: 'emp-penilai',
  atasanPenilaiId: 'emp-atasan',
  hasilKerja: [
    {
      kind: 'UTAMA',
      description: 'Terselenggaranya pelayanan perizinan yang cepat',
      indicators: [{ description: 'Permohonan selesai dalam 5 hari kerja', target: '90%' }],
    },
  ],
  perilaku: [{ value: 'BERORIENTASI_PELAYANAN', ekspektasiKhusus: 'Menanggapi keluhan 1x24 jam' }],
  ...overrides,
});
