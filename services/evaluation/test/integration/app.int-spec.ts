import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { mintDevToken } from '@jenjang/auth';
import { configureApp } from '@jenjang/platform';
import { databaseUri, randomLetters, testEnv } from '@jenjang/testing';
import { AppModule } from '../../src/app.module';
import { evaluationConfig } from '../../src/config/evaluation.config';

describe(AppModule.name, () => {
  let app: INestApplication;
  const server = () => app.getHttpServer() as Server;

  beforeAll(async () => {
    const env = testEnv();
    const config = evaluationConfig.load({
      LOG_LEVEL: 'silent',
      KAFKA_BROKERS: env.brokers.join(','),
      MONGODB_URI: databaseUri(env.mongoUri, `itest-evaluation-${randomLetters()}`),
    });
    const moduleRef = await Test.createTestingModule({
      imports: [AppModule.forRoot(config)],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    configureApp(app, { title: 'Jenjang evaluation service' });
    await app.init();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('should be ready when Kafka and MongoDB answer', async () => {
    const res = await request(server()).get('/health/ready');

    expect(res.status).toBe(200);
    expect(Object.keys((res.body as { details: object }).details)).toEqual(
      expect.arrayContaining(['kafka', 'mongodb']),
    );
  });

  it('should refuse a call without a token with a bilingual problem', async () => {
    const res = await request(server()).get('/api/v1/me');

    expect(res.status).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ status: 401, title_id: expect.any(String) as string });
  });

  it('should know the caller from a valid token', async () => {
    const token = await mintDevToken({ roles: ['PEGAWAI'], agencyId: 'AG1', employeeId: 'E1' });
    const res = await request(server()).get('/api/v1/me').auth(token, { type: 'bearer' });

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ agencyId: 'AG1', employeeId: 'E1', roles: ['PEGAWAI'] });
  });

  it('should be live when it boots', async () => {
    const res = await request(server()).get('/health/live');

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok' });
  });

  it('should tell its name and version when /api/v1/about is read', async () => {
    const res = await request(server()).get('/api/v1/about');

    expect(res.status).toBe(200);
    expect(res.body).toEqual({ name: 'evaluation', version: expect.any(String) as string });
  });
});
