import { request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import {
  Body,
  type CanActivate,
  Controller,
  Get,
  type INestApplication,
  type MiddlewareConsumer,
  Module,
  type NestModule,
  Post,
  Query,
  UseGuards,
} from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Min,
  ValidateNested,
} from 'class-validator';
import request from 'supertest';
import { UnauthenticatedError } from '@jenjang/auth';
import { createLogger, HealthRegistry } from '@jenjang/observability';
import { configureApp } from './app/service-app';
import { CsvBodyMiddleware } from './csv-body.middleware';
import { API_CSP, DOCS_CSP } from './http/security-headers';
import { DomainError } from '@jenjang/domain-kernel';
import { PlatformModule } from './platform.module';

class AddressDto {
  @IsString()
  @IsNotEmpty()
  city!: string;
}

class TrainingDto {
  @IsInt()
  @Min(1)
  jp!: number;
}

class CreatePlanDto {
  @IsString()
  title!: string;

  @ValidateNested()
  @Type(() => AddressDto)
  address!: AddressDto;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => TrainingDto)
  trainings!: TrainingDto[];
}

class AppraisalAlreadyFinalError extends DomainError {
  readonly code = 'APPRAISAL_ALREADY_FINAL';

  constructor() {
    super(
      {
        en: 'The appraisal is final and cannot change.',
        id: 'Penilaian sudah final dan tidak dapat diubah.',
      },
      { status: 409, field: 'status' },
    );
  }
}

class PeriodClosedError extends DomainError {
  readonly code = 'PERIOD_CLOSED';

  constructor() {
    super({ en: 'The period is closed.', id: 'Periode sudah ditutup.' });
  }
}

@Controller({ path: 'plans', version: '1' })
class PlansController {
  @Post()
  create(@Body() dto: CreatePlanDto): CreatePlanDto {
    return dto;
  }

  @Get('final')
  final(): never {
    throw new AppraisalAlreadyFinalError();
  }

  @Get('closed')
  closed(): never {
    throw new PeriodClosedError();
  }

  @Get('secret')
  secret(): never {
    throw new UnauthenticatedError('MISSING_TOKEN');
  }

  @Get('boom')
  boom(): never {
    throw new Error('connect ECONNREFUSED mongodb://admin:s3cret@10.0.0.5');
  }
}

class ListQueryDto {
  @IsOptional()
  @IsString()
  status?: string;
}

@Controller({ path: 'enrollments', version: '1' })
class EnrollmentsController {
  @Get()
  list(@Query('employeeId') employeeId?: string, @Query('status') status?: string) {
    return { employeeId: employeeId ?? null, status: status ?? null };
  }

  @Get('mine')
  mine() {
    return { mine: true };
  }

  @Get('filtered')
  filtered(@Query() query: ListQueryDto) {
    return query;
  }
}

// Stands in for the auth guard: a bearer token is all it wants.
class BearerGuard implements CanActivate {
  canActivate(context: import('@nestjs/common').ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<IncomingMessage>();
    if (!req.headers.authorization?.startsWith('Bearer ')) {
      throw new UnauthenticatedError('MISSING_TOKEN');
    }
    return true;
  }
}

@UseGuards(BearerGuard)
@Controller({ path: 'imports', version: '1' })
class ImportsController {
  @Post()
  upload(@Body() csv: string) {
    return { lines: csv.split('\n').length };
  }
}

@Module({ controllers: [ImportsController] })
class ImportsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CsvBodyMiddleware).forRoutes(ImportsController);
  }
}

describe(PlatformModule.name, () => {
  let app: INestApplication;
  let ready = true;
  const logLines: string[] = [];
  const server = () => app.getHttpServer() as Server;

  beforeAll(async () => {
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logLines.push(chunk.toString());
        done();
      },
    });
    const moduleRef = await Test.createTestingModule({
      imports: [
        PlatformModule.forRoot({
          serviceName: 'evaluation',
          version: '1.2.3',
          logger: createLogger({ serviceName: 'evaluation', level: 'warn', destination }),
          domainErrorStatus: { PERIOD_CLOSED: 423 },
        }),
        ImportsModule,
      ],
      controllers: [PlansController, EnrollmentsController],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    configureApp(app, { title: 'Jenjang evaluation service', description: 'test' });
    await app.init();
    app.get(HealthRegistry).register({
      name: 'kafka',
      readiness: async () =>
        ready
          ? { ok: true, details: { brokers: 1 } }
          : { ok: false, details: { error: 'connect ECONNREFUSED 10.0.0.7:27017 (rs0)' } },
    });
  });

  afterAll(async () => {
    await app.close();
  });

  it('should answer problem+json naming every nested field when the body is invalid', async () => {
    const res = await request(server())
      .post('/api/v1/plans')
      .send({ title: 7, address: { city: '' }, trainings: [{ jp: 2 }, { jp: 0 }], extra: 1 });

    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      type: 'urn:jenjang:problem:validation',
      status: 400,
      title: 'Validation failed',
      title_id: 'Validasi gagal',
      instance: '/api/v1/plans',
    });
    const fields = (res.body as { errors: { field: string; message_id: string }[] }).errors;
    expect(fields.map((error) => error.field).sort()).toEqual([
      'address.city',
      'extra',
      'title',
      'trainings[1].jp',
    ]);
    expect(fields.find((error) => error.field === 'trainings[1].jp')?.message_id).toBe(
      'Kolom trainings[1].jp tidak boleh kurang dari 1.',
    );
    expect(fields.find((error) => error.field === 'extra')?.message_id).toBe(
      'Kolom extra tidak dikenal dan tidak boleh dikirim.',
    );
  });

  it('should transform a valid body into the DTO when it passes validation', async () => {
    const res = await request(server())
      .post('/api/v1/plans')
      .send({ title: 'Rencana', address: { city: 'Bandung' }, trainings: [{ jp: 20 }] });

    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      title: 'Rencana',
      address: { city: 'Bandung' },
      trainings: [{ jp: 20 }],
    });
  });

  it('should map a DomainError to its status in both languages when a handler throws it', async () => {
    const res = await request(server()).get('/api/v1/plans/final');

    expect(res.status).toBe(409);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      type: 'urn:jenjang:problem:appraisal-already-final',
      code: 'APPRAISAL_ALREADY_FINAL',
      title: 'Conflict',
      title_id: 'Konflik',
      detail: 'The appraisal is final and cannot change.',
      detail_id: 'Penilaian sudah final dan tidak dapat diubah.',
      instance: '/api/v1/plans/final',
      errors: [{ field: 'status', message_id: 'Penilaian sudah final dan tidak dapat diubah.' }],
    });
  });

  it('should prefer the registered status when a code is in the mapping table', async () => {
    const res = await request(server()).get('/api/v1/plans/closed');

    expect(res.status).toBe(423);
    expect(res.body).toMatchObject({ code: 'PERIOD_CLOSED', detail_id: 'Periode sudah ditutup.' });
  });

  it('should answer an auth error as problem+json with a challenge when no token is sent', async () => {
    const res = await request(server()).get('/api/v1/plans/secret');

    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toBe('Bearer');
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      status: 401,
      reason: 'MISSING_TOKEN',
      instance: '/api/v1/plans/secret',
    });
  });

  it('should answer a generic 500 and log the cause when an unknown error escapes', async () => {
    const res = await request(server()).get('/api/v1/plans/boom');

    expect(res.status).toBe(500);
    expect(res.body).toMatchObject({
      type: 'urn:jenjang:problem:internal',
      title: 'Internal Server Error',
      title_id: 'Kesalahan internal server',
    });
    expect(JSON.stringify(res.body)).not.toMatch(/ECONNREFUSED|s3cret|stack/);
    expect(res.body).toHaveProperty('request_id', res.headers['x-request-id']);
    const logged = logLines.join('');
    expect(logged).toContain('ECONNREFUSED');
    expect(logged).toContain(`"request_id":"${String(res.headers['x-request-id'])}"`);
  });

  it('should answer 400 as problem+json when the body is not JSON', async () => {
    const res = await request(server())
      .post('/api/v1/plans')
      .set('Content-Type', 'application/json')
      .send('{"title": ');

    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('should answer 404 as problem+json when no route matches', async () => {
    const res = await request(server()).get('/api/v1/nothing');

    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ status: 404, title_id: 'Tidak ditemukan' });
  });

  it('should keep a well-formed X-Request-Id from the caller when one is sent', async () => {
    const res = await request(server()).get('/health/live').set('X-Request-Id', 'abc-123');

    expect(res.headers['x-request-id']).toBe('abc-123');
  });

  it('should answer 200 on readiness when every contributor is ready', async () => {
    ready = true;

    const res = await request(server()).get('/health/ready');

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'ok',
      details: { kafka: { status: 'up' } },
    });
  });

  it('should answer 503 on readiness when a contributor is not ready', async () => {
    ready = false;

    const res = await request(server()).get('/health/ready');

    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({ status: 'error', error: { kafka: { status: 'down' } } });
  });

  it("should not show a down contributor's error text to anonymous callers but log it", async () => {
    ready = false;

    const res = await request(server()).get('/health/ready');

    expect(res.status).toBe(503);
    expect(res.body).toEqual({
      status: 'error',
      info: {},
      error: { kafka: { status: 'down' } },
      details: { kafka: { status: 'down' } },
    });
    expect(logLines.join('')).toContain('ECONNREFUSED 10.0.0.7:27017');
  });

  it('should stay live when only readiness fails', async () => {
    ready = false;

    const res = await request(server()).get('/health/live');

    expect(res.status).toBe(200);
  });

  it('should serve Prometheus text when /metrics is scraped', async () => {
    const res = await request(server()).get('/metrics');

    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(res.text).toMatch(/^# HELP process_cpu_user_seconds_total/m);
    expect(res.text).toMatch(
      /^http_server_request_duration_seconds_count\{method="GET",route="\/api\/v1\/plans\/final",status_code="409"\} 1$/m,
    );
    expect(res.text).toMatch(/route="unmatched",status_code="404"/);
  });

  it('should publish an OpenAPI 3 document with the service title when /docs-json is read', async () => {
    const res = await request(server()).get('/docs-json');

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      openapi: expect.stringMatching(/^3\./) as string,
      info: { title: 'Jenjang evaluation service', version: '1.2.3' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    });
    expect(Object.keys((res.body as { paths: object }).paths)).toEqual(
      expect.arrayContaining(['/api/v1/plans', '/health/ready', '/metrics']),
    );
  });

  describe('query parameters', () => {
    it('should answer 400 naming the parameter when a handler does not read it', async () => {
      const res = await request(server()).get('/api/v1/enrollments?employeeId[$ne]=x');

      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({
        code: 'VALIDATION',
        errors: [
          {
            field: 'employeeId[$ne]',
            message_id:
              'Parameter kueri employeeId[$ne] tidak dikenal oleh rute ini dan tidak boleh dikirim.',
          },
        ],
      });
    });

    it('should answer 400 when a route that reads no query is sent one', async () => {
      const res = await request(server()).get('/api/v1/enrollments/mine?foo=1');

      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ errors: [{ field: 'foo' }] });
    });

    it('should answer 400 when a named parameter is sent twice', async () => {
      const res = await request(server()).get('/api/v1/enrollments?status=A&status=B');

      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ errors: [{ field: 'status' }] });
    });

    it('should answer 400 naming the parameter when a query DTO does not declare it', async () => {
      const res = await request(server()).get('/api/v1/enrollments/filtered?status=A&foo=1');

      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ errors: [{ field: 'foo' }] });
    });

    it('should pass the declared parameters through when they are all known', async () => {
      const named = await request(server()).get('/api/v1/enrollments?employeeId=E1&status=A');
      const dto = await request(server()).get('/api/v1/enrollments/filtered?status=A');

      expect(named.status).toBe(200);
      expect(named.body).toEqual({ employeeId: 'E1', status: 'A' });
      expect(dto.status).toBe(200);
      expect(dto.body).toEqual({ status: 'A' });
    });
  });

  describe('security headers', () => {
    const expectHeaders = (res: request.Response, csp: string) => {
      expect(res.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
        'referrer-policy': 'no-referrer',
        'cross-origin-resource-policy': 'same-origin',
        'content-security-policy': csp,
      });
      expect(res.headers).not.toHaveProperty('x-powered-by');
      // Not in production: a development browser would refuse plain http for a year.
      expect(res.headers).not.toHaveProperty('strict-transport-security');
    };

    it('should send them on a route, an error and a 404 when answering the API', async () => {
      expectHeaders(await request(server()).get('/health/live'), API_CSP);
      expectHeaders(await request(server()).get('/api/v1/plans/final'), API_CSP);
      expectHeaders(await request(server()).get('/api/v1/nothing'), API_CSP);
    });

    it('should let the Swagger UI load its own scripts and styles when /docs is read', async () => {
      const page = await request(server()).get('/docs/');
      const script = await request(server()).get('/docs/swagger-ui-init.js');

      expect(page.status).toBe(200);
      expectHeaders(page, DOCS_CSP);
      expect(page.text).not.toMatch(/<script>/);
      expect(script.status).toBe(200);
      expect(DOCS_CSP).toContain("script-src 'self'");
    });
  });

  describe('CSV bodies', () => {
    // Sends the headers and part of a declared body, and waits for an answer without sending the
    // rest: only a server that answers before reading the body answers at all.
    const answerToPartialUpload = (headers: Record<string, string>) =>
      new Promise<number | 'no answer'>((resolve, reject) => {
        const { port } = server().address() as AddressInfo;
        const req = httpRequest({
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/v1/imports',
          headers: { 'Content-Length': '1000000', ...headers },
        });
        const timer = setTimeout(() => {
          req.destroy();
          resolve('no answer');
        }, 1_500);
        req.on('response', (res) => {
          clearTimeout(timer);
          res.resume();
          req.destroy();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', (error) => {
          clearTimeout(timer);
          reject(error);
        });
        req.write('nip,name\n');
      });

    beforeAll(async () => {
      await new Promise<void>((resolve) => server().listen(0, '127.0.0.1', resolve));
    });

    it('should answer 401 before reading the body when an upload has no token', async () => {
      expect(await answerToPartialUpload({ 'Content-Type': 'text/csv' })).toBe(401);
    });

    it('should answer 401, not 415, when an upload without a token is not CSV', async () => {
      const res = await request(server())
        .post('/api/v1/imports')
        .set('Content-Type', 'text/plain')
        .send('x');

      expect(res.status).toBe(401);
    });

    it('should read the CSV when the caller has a token', async () => {
      const res = await request(server())
        .post('/api/v1/imports')
        .set('Authorization', 'Bearer t')
        .set('Content-Type', 'text/csv')
        .send('a\nb\nc');

      expect(res.status).toBe(201);
      expect(res.body).toEqual({ lines: 3 });
    });

    it('should answer 415 when a caller with a token sends another media type', async () => {
      const res = await request(server())
        .post('/api/v1/imports')
        .set('Authorization', 'Bearer t')
        .set('Content-Type', 'text/plain')
        .send('x');

      expect(res.status).toBe(415);
      expect(res.body).toMatchObject({ code: 'IMPORT_MEDIA_TYPE' });
    });
  });
});
