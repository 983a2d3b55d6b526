import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { mintDevToken, superiorsOf } from '@jenjang/auth';
import { employeePlacedV1, retryTopic } from '@jenjang/contracts';
import { KafkaEventServer } from '@jenjang/messaging';
import type { Role } from '@jenjang/auth';
import { configureApp, OrgChartRepository } from '@jenjang/platform';
import {
  createTopics,
  databaseUri,
  positionAtEnd,
  publishPlacements,
  randomLetters,
  skpChain,
  testEnv,
  waitUntil,
  closeApp,
} from '@jenjang/testing';
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
  readonly groupId = `jenjang.evaluation-${randomLetters()}`;
  private consumer?: Promise<void>;

  async start(): Promise<this> {
    const env = testEnv();
    const config = evaluationConfig.load({
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
    configureApp(this.app, { title: 'Jenjang evaluation service' });
    await this.app.init();
    return this;
  }

  http() {
    return request(this.app.getHttpServer() as Server);
  }

  /**
   * Starts the event consumer (employee-placed) the first time a test needs the org chart; from
   * the topic's end, so the placements other tests published are not read.
   */
  private consuming(): Promise<void> {
    this.consumer ??= (async () => {
      const { brokers } = testEnv();
      await createTopics(brokers, [retryTopic(this.groupId)]);
      await positionAtEnd(brokers, [this.groupId], [employeePlacedV1.topic]);
      this.app.connectMicroservice(
        { strategy: this.app.get(KafkaEventServer) },
        { inheritAppConfig: true },
      );
      await this.app.startAllMicroservices();
    })();
    return this.consumer;
  }

  /** Places the employee (placeForSkp) and waits until this app's org chart has all of it. */
  async placed(employeeId: string, unitId = 'dpmptsp.perizinan', agencyId = 'AG1'): Promise<void> {
    await this.consuming();
    await placeForSkp(employeeId, unitId, agencyId);
    const chart = this.app.get(OrgChartRepository);
    await waitUntil(`${employeeId} in the org chart`, async () => {
      const s = await superiorsOf(chart, agencyId, employeeId);
      return s.line?.unitId === unitId && s.atasanPenilaiId === 'emp-atasan';
    });
  }

  static token(
    agencyId: string,
    employeeId: string | undefined,
    ...roles: Role[]
  ): Promise<string> {
    return mintDevToken({ roles, agencyId, ...(employeeId ? { employeeId } : {}) });
  }

  async stop(): Promise<void> {
    await closeApp(this.app, 'evaluation');
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

/**
 * Puts the employee under emp-penilai, under emp-atasan (skpBody's penilai and atasan), in the
 * given unit and skpBody's position: published as career planning's employee-placed, so the
 * service learns it through its consumer.
 */
export async function placeForSkp(
  employeeId: string,
  unitId = 'dpmptsp.perizinan',
  agencyId = 'AG1',
): Promise<void> {
  await publishPlacements(
    testEnv().brokers,
    skpChain({
      agencyId,
      employeeId,
      penilaiId: 'emp-penilai',
      atasanPenilaiId: 'emp-atasan',
      unitId,
      position: skpBody().position,
    }),
  );
}

/** Posts an SKP once the placement has reached the service's org chart (409 until then). */
export function postSkp(client: ApiClient, token: string, body: object) {
  return waitUntil(
    "the placement in the service's org chart",
    async () => {
      const res = await client
        .http()
        .post('/api/v1/skp')
        .set('Authorization', `Bearer ${token}`)
        .send(body);
      const waiting =
        res.status === 409 && (res.body as { code?: string }).code === 'SKP_NOT_IN_ORG_CHART';
      return waiting ? undefined : res;
    },
    30_000,
    100,
  );
}
