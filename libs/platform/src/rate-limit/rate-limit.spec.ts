import type { IncomingMessage, Server } from 'node:http';
import {
  type CanActivate,
  Controller,
  type ExecutionContext,
  Get,
  type INestApplication,
  UseGuards,
} from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { PRINCIPAL_REQUEST_KEY, type Principal } from '@jenjang/auth';
import { createLogger } from '@jenjang/observability';
import { configureApp } from '../app/service-app';
import { PlatformModule } from '../platform.module';

// Stands in for the auth guard: `Bearer <subject>` signs the caller in as that subject.
class SubjectGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<IncomingMessage & Record<string, unknown>>();
    const subject = req.headers.authorization?.replace('Bearer ', '');
    if (subject) {
      const principal: Principal = { subject, agencyId: 'AG1', roles: ['PEGAWAI'] };
      req[PRINCIPAL_REQUEST_KEY] = principal;
    }
    return true;
  }
}

@UseGuards(SubjectGuard)
@Controller({ path: 'things', version: '1' })
class ThingsController {
  @Get()
  list() {
    return [];
  }

  @Get('other')
  other() {
    return [];
  }
}

describe('rate limits', () => {
  let app: INestApplication;
  const server = () => app.getHttpServer() as Server;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        PlatformModule.forRoot({
          serviceName: 'evaluation',
          logger: createLogger({ serviceName: 'evaluation', level: 'silent' }),
          rateLimits: { windowSeconds: 60, perAddress: 8, perPrincipal: 3 },
        }),
      ],
      controllers: [ThingsController],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    configureApp(app, { title: 'test' });
    await app.init();
  });

  afterAll(async () => {
    await app?.close();
  });

  const get = (path: string, subject?: string) => {
    const req = request(server()).get(path);
    return subject ? req.set('Authorization', `Bearer ${subject}`) : req;
  };

  it('should answer 429 problem+json with Retry-After when one person exceeds their limit across routes', async () => {
    expect((await get('/api/v1/things', 'ani')).status).toBe(200);
    expect((await get('/api/v1/things/other', 'ani')).status).toBe(200);
    expect((await get('/api/v1/things', 'ani')).status).toBe(200);

    const refused = await get('/api/v1/things/other', 'ani');

    expect(refused.status).toBe(429);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(refused.body).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    // Another person from the same address still gets through.
    expect((await get('/api/v1/things', 'budi')).status).toBe(200);
  });

  it('should never limit the health probes and metrics', async () => {
    for (let i = 0; i < 12; i += 1) {
      expect((await get('/health/live')).status).toBe(200);
    }
  });

  it('should answer 429 when one address exceeds its limit whoever calls', async () => {
    // 5 requests so far counted for this address (the probes are not); 3 more reach the limit.
    const statuses: number[] = [];
    for (const who of ['c1', 'c2', 'c3', 'c4']) {
      statuses.push((await get('/api/v1/things', who)).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
  });
});

describe('rate limits behind a trusted proxy', () => {
  let app: INestApplication;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        PlatformModule.forRoot({
          serviceName: 'evaluation',
          logger: createLogger({ serviceName: 'evaluation', level: 'silent' }),
          config: { TRUST_PROXY: '1' },
          rateLimits: { windowSeconds: 60, perAddress: 2, perPrincipal: 0 },
        }),
      ],
      controllers: [ThingsController],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    configureApp(app, { title: 'test' });
    await app.init();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('should count each client the proxy names in X-Forwarded-For when TRUST_PROXY is set', async () => {
    const from = (address: string) =>
      request(app.getHttpServer() as Server)
        .get('/api/v1/things')
        .set('X-Forwarded-For', address);
    expect((await from('10.1.1.1')).status).toBe(200);
    expect((await from('10.1.1.1')).status).toBe(200);
    expect((await from('10.1.1.1')).status).toBe(429);
    expect((await from('10.2.2.2')).status).toBe(200);
  });
});
